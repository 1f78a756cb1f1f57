<#ftl output_format="HTML">
<#-- The component stylesheets a page's markup needs (render/Stylesheets); the build puts them after site.css. -->
<#list sheets as sheet>
<link rel="stylesheet" href="${root}css/${sheet}">
</#list>
