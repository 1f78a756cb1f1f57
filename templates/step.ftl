<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<#assign root = content.rootpath>
<h1>${content.title}</h1>
<@c.lede/>
<nav class="hit-stepnav" aria-label="The path, step by step">
<ol>
<#list content.steps_nav as step><li><#if step.current><strong aria-current="step">${step.title}</strong><#else><a href="${root}${step.uri}">${step.title}</a></#if></li></#list>
</ol>
</nav>
<@c.quickFacts content.quick_facts/>
<@c.chart content.chart/>
<@c.contents/>
<@c.body/>
<@c.pager "Steps" content.previous!"" content.next!""/>
</@layout.page>
