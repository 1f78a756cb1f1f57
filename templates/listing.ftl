<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<@c.body/>
<@c.cards content.items/>
<@c.sources/>
<@c.reviewed/>
</@layout.page>
