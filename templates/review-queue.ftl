<#ftl output_format="HTML">
<#-- Generated for editors: what still needs checking, one page per kind of item. Not linked from the reader navigation; not indexed. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page reviewed=false>
<#assign q = content.queue>
<#assign root = content.rootpath>
<h1>${content.title}</h1>
<@c.lede/>
<p>Worked out for <time datetime="${q.today}">${q.today}</time>, the day of the bake. The editors' guide, <code>CONTRIBUTING.md</code>, says how to check a source.</p>
<h2 id="unchecked-figures">Figures not yet checked against their primary source (${q.figures?size})</h2>
<#if content.figure_pages?has_content>
<p>Listed by key, each with the primary source it still has to be checked against:</p>
<ul class="hit-list"><#list content.figure_pages as p><li><a href="${root}${p.uri}">Unchecked figures, ${p.number} of ${p.count}</a>: <code>${p.first}</code> to <code>${p.last}</code> (${p.figure_count})</li></#list></ul>
<#else><p>None.</p></#if>
<h2 id="pages-past-review">Pages past their review date (${q.pages?size})</h2>
<#if q.pages?has_content><p><a href="${root}${content.pages_past_review_uri}">The ${q.pages_text} to review again, oldest review first</a></p><#else><p>None.</p></#if>
<h2 id="stale-schools">Schools whose evidence was read more than ${q.school_months} months ago (${q.schools?size})</h2>
<#if q.schools?has_content><p><a href="${root}${content.stale_schools_uri}">The ${q.schools_text} whose evidence to read again, oldest reading first</a></p><#else><p>None.</p></#if>
<h2 id="old-evidence">Programs whose evidence is undated or more than ${q.fresh_years} years old (${q.old_evidence?size})</h2>
<p><a href="${root}${content.stale_schools_uri}#old-evidence">The programs to find newer evidence for</a></p>
<h2 id="coverage">States without a program we list</h2>
<p><a href="${root}${content.coverage_uri}">The states where readers find no program of ours yet, with the leads we hold for each</a></p>
<h2 id="insecure-sources">Sources not on https (${q.insecure?size})</h2>
<#if q.insecure?has_content>
<ul class="hit-list"><#list q.insecure as url><li><code>${url}</code></li></#list></ul>
<#else><p>None: the build rejects any link or source that is not https.</p></#if>
</@layout.page>
