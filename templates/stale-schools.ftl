<#ftl output_format="HTML">
<#-- Generated for editors: the schools of the review queue whose evidence was read too long ago. Not indexed. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page reviewed=false>
<#assign q = content.queue>
<h1>${content.title}</h1>
<@c.lede/>
<p>Worked out for <time datetime="${q.today}">${q.today}</time>. Read each program's accreditation evidence again, then set <code>evidence_read</code> to the day you did and <code>evidence_date</code> to the date the evidence now gives itself.</p>
<#if q.schools?has_content>
<ul class="hit-list"><#list q.schools as p><li><a href="${content.rootpath}${p.uri}">${p.title}</a> (<code>${p.path}</code>): evidence read ${p.evidence_read}, due ${p.due}</li></#list></ul>
<#else><p>None.</p></#if>
<h2 id="old-evidence">Programs whose evidence is undated or more than ${q.fresh_years} years old (${q.old_evidence?size})</h2>
<p>However recently it was read, such evidence cannot show that a program is accredited today, and readers see "Confirm before you apply" beside it. Look for newer evidence (the program's current page, a dated catalog, its entry in the accreditor's directory) and update <code>evidence_kind</code>, <code>evidence_date</code> and <code>accreditation_url</code>.</p>
<#if q.old_evidence?has_content>
<ul class="hit-list"><#list q.old_evidence as p><li><a href="${content.rootpath}${p.uri}">${p.institution}</a>: ${p.evidence_short}, ${p.evidence_date_display}<#if p.evidence_age != "undated">, ${p.evidence_age}</#if></li></#list></ul>
<#else><p>None.</p></#if>
</@layout.page>
