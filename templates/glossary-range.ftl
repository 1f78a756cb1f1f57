<#ftl output_format="HTML">
<#-- Generated: the glossary terms of one range of letters. The glossary page lists every term and links here. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/career.ftl" as career>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<nav class="hit-toc" aria-label="Glossary pages">
<ul class="hit-toc__list">
<#list content.ranges as range><li><a href="${content.rootpath}${range.uri}"<#if range.uri == content.uri> aria-current="page"</#if>>${range.label}</a></li></#list>
<li><a href="${content.rootpath}${content.parent_uri}">Every term on one list</a></li>
</ul>
</nav>
<@career.glossaryTerms content.terms/>
<@c.reviewed/>
</@layout.page>
