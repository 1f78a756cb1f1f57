<#ftl output_format="HTML">
<#import "macros/layout.ftl" as layout>
<#import "macros/components.ftl" as c>
<@layout.page>
<h1>${content.title}</h1>
<@c.lede/>
<#if content.featured!false><@c.featuredNote/></#if>
<dl class="hit-facts hit-facts--plain">
<@c.factRow "Institution">${content.institution}</@c.factRow>
<@c.factRow "Location"><#if content.city??>${content.city}, </#if><a href="${content.rootpath}${content.state_page}">${content.state_name}</a><#if !content.location_checked> <span class="hit-figure__unchecked">(location not yet confirmed on the college's own page)</span></#if></@c.factRow>
<@c.factRow "Program">${content.program}<#if content.award??> (${content.award})</#if></@c.factRow>
<@c.factRow "How it is taught">${content.delivery_label!"Not stated on the page we read"}</@c.factRow>
<@c.factRow "Accreditation"><a href="${content.rootpath}${content.accreditor.uri}">${content.accreditor.acronym}</a>; <a href="${content.accreditation_url}">evidence</a> (${content.evidence_dated})</@c.factRow>
<@c.factRow "Prepares for"><#list content.credential_pages as cred><a href="${content.rootpath}${cred.uri}">${cred.code}</a><#sep>, </#list></@c.factRow>
<@c.factRow "Program page"><a href="${content.program_url}">${content.program_url}</a></@c.factRow>
<@c.factRow "Evidence last read"><time datetime="${content.verified}">${content.verified}</time></@c.factRow>
<#list content.outcome_figures as f><@c.factRow f.label><@c.figure f/></@c.factRow></#list>
</dl>
<@c.body/>
</@layout.page>
