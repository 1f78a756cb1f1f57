<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/indexes.ftl" as indexes>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<@c.contents/>
<@c.body/>
<#if content.lists == "credential">
<@indexes.credentialIndex/>
<#elseif content.lists == "school">
<@indexes.schoolIndex/>
<#else>
<@c.cards content.items/>
</#if>
<@c.body content.body_after/>
</@layout.page>
