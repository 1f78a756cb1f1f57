<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<p class="hit-step-count">Step ${content.step_number} of ${content.step_count}</p>
<h1>${content.title}</h1>
<@c.lede/>
<@c.quickFacts content.quick_facts/>
<@c.body/>
<@c.pager "Steps" content.previous!"" content.next!""/>
</@layout.page>
