<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<p class="hit-step-count">Step ${content.step_number} of ${content.step_count}</p>
<h1>${content.title}</h1>
<@c.lede/>
<@c.quickFacts content.quick_facts/>
<@c.body/>
<nav class="hit-pager" aria-label="Steps">
<ul class="hit-pager__list">
<#if content.previous??><li class="hit-pager__item hit-pager__item--previous"><a class="hit-pager__link" rel="prev" href="${content.rootpath}${content.previous.uri}">Previous: ${content.previous.title}</a></li></#if>
<#if content.next??><li class="hit-pager__item hit-pager__item--next"><a class="hit-pager__link" rel="next" href="${content.rootpath}${content.next.uri}">Next: ${content.next.title}</a></li></#if>
</ul>
</nav>
<@c.sources/>
<@c.reviewed/>
</@layout.page>
