<#ftl output_format="HTML">
<#-- Generated for editors: what still needs checking. Not linked from the reader navigation; not indexed. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<#assign q = content.queue>
<h1>${content.title}</h1>
<@c.lede/>
<p>Worked out for <time datetime="${q.today}">${q.today}</time>, the day of the bake. The editors' guide, <code>CONTRIBUTING.md</code>, says how to check a source.</p>
<h2 id="unchecked-figures">Figures not yet checked against their primary source (${q.figures?size})</h2>
<#if q.figures?has_content>
<table class="hit-table">
<caption class="hit-table__caption">Each figure, its current source, and who to check it against</caption>
<thead><tr><th scope="col">Figure</th><th scope="col">Value and source now</th><th scope="col">Check against</th></tr></thead>
<tbody>
<#list q.figures as f>
<tr><th scope="row" class="hit-table__cell" data-label="Figure"><code>${f.key}</code> ${f.label}</th><td class="hit-table__cell" data-label="Value and source now"><@c.figure f/> (${f.check})</td><td class="hit-table__cell" data-label="Check against">${f.primary_source}</td></tr>
</#list>
</tbody>
</table>
<#else><p>None.</p></#if>
<h2 id="pages-past-review">Pages past their review date (${q.pages?size})</h2>
<#if q.pages?has_content>
<ul class="hit-list"><#list q.pages as p><li><a href="${content.rootpath}${p.uri}">${p.title}</a> (<code>${p.path}</code>): last reviewed ${p.updated}, due ${p.due}</li></#list></ul>
<#else><p>None.</p></#if>
<h2 id="stale-schools">Schools whose evidence was read more than ${q.school_months} months ago (${q.schools?size})</h2>
<#if q.schools?has_content>
<ul class="hit-list"><#list q.schools as p><li><a href="${content.rootpath}${p.uri}">${p.title}</a> (<code>${p.path}</code>): evidence read ${p.verified}, due ${p.due}</li></#list></ul>
<#else><p>None.</p></#if>
<h2 id="insecure-sources">Sources not on https (${q.insecure?size})</h2>
<#if q.insecure?has_content>
<ul class="hit-list"><#list q.insecure as url><li><code>${url}</code></li></#list></ul>
<#else><p>None: the build rejects any link or source that is not https.</p></#if>
</@layout.page>
