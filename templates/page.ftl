<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/career.ftl" as career>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<@c.contents/>
<#if content.part??>
<#-- A career page's sourced part comes straight after its opening paragraphs, before the sections that discuss it. -->
<#assign body = content.body!"">
<@c.body body?keep_before("<h2")/>
<@career.part content.shows content.part/>
<#if body?contains("<h2")><@c.body "<h2" + body?keep_after("<h2")/></#if>
<#else>
<@c.body/>
</#if>
</@layout.page>
