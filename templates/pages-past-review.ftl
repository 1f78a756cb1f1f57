<#ftl output_format="HTML">
<#-- Generated for editors: the pages of the review queue whose review date has passed. Not indexed. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page reviewed=false>
<#assign q = content.queue>
<h1>${content.title}</h1>
<@c.lede/>
<p>Worked out for <time datetime="${q.today}">${q.today}</time>. Read each page against its sources, then set <code>updated</code> to the day you did.</p>
<#if q.pages?has_content>
<ul class="hit-list"><#list q.pages as p><li><a href="${content.rootpath}${p.uri}">${p.title}</a> (<code>${p.path}</code>): last reviewed ${p.updated}, due ${p.due}</li></#list></ul>
<#else><p>None.</p></#if>
</@layout.page>
