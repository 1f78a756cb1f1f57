<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<@c.body/>
<#if content.credentials?has_content>
<section class="hit-related" aria-labelledby="credentials-covering">
<h2 id="credentials-covering">Credentials whose exams cover this course</h2>
<@c.cards content.credentials 3/>
</section>
</#if>
</@layout.page>
