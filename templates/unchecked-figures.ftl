<#ftl output_format="HTML">
<#-- Generated for editors: one page of the figures in the review queue. Not linked from the site; not indexed. -->
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<p>Each figure as readers see it, then the kind of source it rests on now. Read the primary source it names; if that gives the same value, point the record at that page and set <code>check: primary</code>, as <code>CONTRIBUTING.md</code> describes.</p>
<ul class="hit-list">
<#list content.figures as f>
<li><code>${f.key}</code> ${f.label}: <@c.figure f/>, a ${f.check} source</li>
</#list>
</ul>
<#if content.previous?has_content || content.next?has_content>
<nav class="hit-pager" aria-label="Unchecked figures">
<ul class="hit-pager__list">
<#if content.previous?has_content><li class="hit-pager__item"><a rel="prev" href="${content.rootpath}${content.previous}">Previous: unchecked figures, ${content.number - 1} of ${content.count}</a></li></#if>
<#if content.next?has_content><li class="hit-pager__item hit-pager__item--next"><a rel="next" href="${content.rootpath}${content.next}">Next: unchecked figures, ${content.number + 1} of ${content.count}</a></li></#if>
</ul>
</nav>
</#if>
</@layout.page>
