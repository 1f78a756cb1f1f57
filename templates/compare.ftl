<#ftl output_format="HTML">
<#-- Generated: one part of the credential comparison, linked from the credential index. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/indexes.ftl" as indexes>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<nav class="hit-toc" aria-label="Comparisons">
<ul class="hit-toc__list">
<#list content.comparisons as other><li><a href="${content.rootpath}${other.uri}"<#if other.uri == content.uri> aria-current="page"</#if>>${other.label}</a></li></#list>
<li><a href="${content.rootpath}${content.parent_uri}">Every credential, by organisation and specialty</a></li>
</ul>
</nav>
<p>Each figure shows the date its source gives and links to that source. A dash means we found no reliable figure: check the credential's page and its organisation.</p>
<@indexes.comparisonTable/>
<@c.sources/>
<@c.reviewed/>
</@layout.page>
