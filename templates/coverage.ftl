<#ftl output_format="HTML">
<#-- Generated for editors: where readers find no program of ours yet, and what we hold to change that. Not indexed. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page reviewed=false>
<#assign root = content.rootpath>
<h1>${content.title}</h1>
<@c.lede/>
<p>A program is listed only when its evidence states its accreditation. Each lead below is a program we looked at whose evidence, as far as we could read it, did not; the leads are kept in <code>data/leads.yaml</code>. Verify one and add it as <code>CONTRIBUTING.md</code> describes, then remove its lead.</p>
<p>In ${content.uncovered?size} of the 50 states, DC and Puerto Rico we list no program yet.</p>
<#list content.uncovered as s>
<h2 id="state-${s.code?lower_case}"><a href="${root}${s.uri}">${s.name}</a></h2>
<#if s.leads?has_content>
<ul class="hit-list">
<#list s.leads as l><li><strong>${l.college}</strong>: ${l.seen}. Needed: ${l.needed}.</li></#list>
</ul>
<#else>
<p>No lead yet: search the accreditor's program directory for the state.</p>
</#if>
</#list>
</@layout.page>
