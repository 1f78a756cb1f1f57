<#ftl output_format="HTML">
<#-- Generated for editors: one page of the figures in the review queue. Not linked from the site; not indexed. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page reviewed=false>
<h1>${content.title}</h1>
<@c.lede/>
<p>Each figure as readers see it, then the kind of source it rests on now. Read the primary source it names; if that gives the same value, point the record at that page and set <code>check: primary</code>, as <code>CONTRIBUTING.md</code> describes.</p>
<ul class="hit-list">
<#list content.figures as f>
<li><code>${f.key}</code> ${f.label}: <@c.figure f/>, a ${f.check} source, <@c.unchecked f.primary_source/></li>
</#list>
</ul>
<@c.pager "Unchecked figures" content.previous content.next/>
</@layout.page>
