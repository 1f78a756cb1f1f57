<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<p>Website: <a href="${content.website}">${content.website}</a></p>
<@c.contents/>
<@c.body/>
<#if content.credentials?has_content>
<section aria-labelledby="credentials">
<h2 id="credentials">Credentials it issues</h2>
<@c.cards content.credentials 3/>
</section>
</#if>
<#if content.schools?has_content>
<section aria-labelledby="accredited-programs">
<h2 id="accredited-programs">Programs we list whose evidence names it</h2>
<@c.schoolCards content.schools/>
</section>
</#if>
</@layout.page>
