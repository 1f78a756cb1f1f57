<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<@c.contents/>
<@c.body/>
<#if content.exam_credentials?has_content || content.recommended_credentials?has_content || content.required_credentials?has_content>
<section class="hit-related" aria-labelledby="credentials-covering">
<h2 id="credentials-covering">Credentials this course relates to</h2>
<#if content.exam_credentials?has_content>
<h3 id="exam-content">Exams whose published outline covers it</h3>
<@c.cards content.exam_credentials 4/>
</#if>
<#if content.recommended_credentials?has_content>
<h3 id="recommended-preparation">Recommended preparation for</h3>
<p>The issuer recommends this subject as preparation; it does not publish an exam outline we could check.</p>
<@c.cards content.recommended_credentials 4/>
</#if>
<#if content.required_credentials?has_content>
<h3 id="eligibility">Required for eligibility</h3>
<p>The credential's eligibility rules ask for this subject on one of their routes.</p>
<@c.cards content.required_credentials 4/>
</#if>
</section>
</#if>
</@layout.page>
