<#ftl output_format="HTML">
<#-- Renders one figure record; the build places the result wherever a page body says {{figure:key}}. -->
<#import "macros/components.ftl" as c>
<@c.figure figure/>
