<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/career.ftl" as career>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<@c.body/>
<#if content.part??><@career.part content.shows content.part/></#if>
</@layout.page>
