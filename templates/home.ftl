<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<@c.quickFacts content.quick_facts/>
<@c.body/>
<section aria-labelledby="featured-programs">
<h2 id="featured-programs">Featured programs</h2>
<#if content.featured?has_content>
<@c.featuredNote/>
<@c.schoolCards content.featured/>
<#else>
<p>We are not featuring a program at the moment. <a href="${content.rootpath}schools/index.html">Browse every accredited program we list</a>, by state, by how it is taught, or by the credential it prepares for.</p>
</#if>
</section>
</@layout.page>
