<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<#assign root = content.rootpath>
<h1>${content.title}</h1>
<@c.lede/>
<section class="hit-facts" aria-labelledby="at-a-glance">
<h2 class="hit-facts__title" id="at-a-glance">At a glance</h2>
<dl>
<#list content.quick_facts as f><@c.factRow f.short_label><@c.figure f/></@c.factRow></#list>
<#if content.first_credential?has_content><@c.factRow "Usual first credential"><a href="${root}${content.first_credential.uri}">${content.first_credential.code}</a>, after an accredited associate program</@c.factRow></#if>
</dl>
</section>
<#if content.steps?has_content>
<h2 id="the-path">The path in ${content.steps?size} steps</h2>
<ol class="hit-steps">
<#list content.steps as step>
<li><a href="${root}${step.uri}">${step.title}</a><p>${step.description}</p></li>
</#list>
</ol>
</#if>
<@c.contents/>
<@c.body/>
</@layout.page>
