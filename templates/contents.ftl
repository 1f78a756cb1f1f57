<#ftl output_format="HTML">
<#-- A long page's contents list; the build places it where the page's template called <@c.contents/>. -->
<#import "macros/components.ftl" as c>
<@c.contentsList sections/>
