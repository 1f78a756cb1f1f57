<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<#import "macros/indexes.ftl" as indexes>
<@layout.page>
<#assign root = content.rootpath>
<h1>${content.title}</h1>
<@c.lede/>
<section class="hit-facts" aria-labelledby="summary">
<h2 class="hit-facts__title" id="summary">${content.code} in brief</h2>
<dl>
<@c.factRow "Issued by"><a href="${root}${content.issuer_page.uri}">${content.issuer_page.display_name}</a></@c.factRow>
<@c.factRow "Who it suits">${content.suits!"Not in our sources"}</@c.factRow>
<@c.factRow "Who may sit the exam">${content.eligibility}</@c.factRow>
<#list [["exam_time", "Exam time"], ["exam_questions", "Questions"], ["exam_format", "How it is taken"], ["fee", "Exam fee"], ["renewal", "Keeping it current"]] as row>
<#assign f = content.key[row[0]]>
<@c.factRow row[1]><#if f?has_content><@c.figure f/><#else>Not in our sources</#if></@c.factRow>
</#list>
<#if content.aliases?has_content><@c.factRow "Also known as">${content.aliases?join(", ")}</@c.factRow></#if>
</dl>
</section>
<@c.contents/>
<@c.body/>
<section aria-labelledby="related-courses">
<h2 id="related-courses">Related courses</h2>
<#if content.exam_courses?has_content>
<p>The ${content.code} exam's published outline covers these courses of a health information program:</p>
<@c.linkList content.exam_courses/>
</#if>
<#if content.recommended_courses?has_content>
<p>${content.issuer_page.acronym} recommends these subjects as preparation for the ${content.code}; it is not an exam outline:</p>
<@c.linkList content.recommended_courses/>
</#if>
<#if content.required_courses?has_content>
<p>One of the ${content.code}'s eligibility routes asks for these subjects:</p>
<@c.linkList content.required_courses/>
</#if>
<#if !content.exam_courses?has_content && !content.recommended_courses?has_content && !content.required_courses?has_content>
<p>None of the required courses on this site is tied to this credential in our sources.</p>
</#if>
</section>
<section aria-labelledby="programs">
<h2 id="programs">Programs that prepare for it</h2>
<#if content.schools?has_content>
<#assign one = content.schools?size == 1>
<p>${content.schools_count} we list <#if one>leads<#else>lead</#if> to the ${content.code}: <#if one>its<#else>their</#if> evidence names it, or the issuer's rule for accredited programs makes <#if one>its<#else>their</#if> graduates eligible<#if content.programs_page?has_content>: <a href="${content.rootpath}${content.programs_page}">see <#if one>it<#elseif content.schools_listed>them on one page<#else>them all</#if></a></#if>.</p>
<#if content.schools_listed><@indexes.schoolList content.schools/></#if>
<#else>
<p>We do not list a program that prepares for the ${content.code} yet.</p>
</#if>
</section>
</@layout.page>
