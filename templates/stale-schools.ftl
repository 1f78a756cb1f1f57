<#ftl output_format="HTML">
<#-- Generated for editors: the schools of the review queue whose evidence was read too long ago. Not indexed. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page reviewed=false>
<#assign q = content.queue>
<h1>${content.title}</h1>
<@c.lede/>
<p>Worked out for <time datetime="${q.today}">${q.today}</time>. Read each program's accreditation evidence again, then set <code>verified</code> to the day you did and <code>evidence_dated</code> to what the page now says about its own date.</p>
<#if q.schools?has_content>
<ul class="hit-list"><#list q.schools as p><li><a href="${content.rootpath}${p.uri}">${p.title}</a> (<code>${p.path}</code>): evidence read ${p.verified}, due ${p.due}</li></#list></ul>
<#else><p>None.</p></#if>
</@layout.page>
