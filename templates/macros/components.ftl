<#ftl output_format="HTML">
<#-- Small pieces every template shares. Each writes complete elements only. -->

<#-- The page's Markdown body. The only place raw HTML is written: it was validated, rendered by
     flexmark with raw HTML suppressed, and cleaned to a safe tag list by the build. -->
<#macro body html=content.body>
<#if html?has_content>
<div class="hit-prose">
${html?no_esc}
</div>
</#if>
</#macro>

<#-- A figure: its value, a small tag when it is not checked against its primary source, and the number of
     its note in the page's Sources list, which gives the source, its date and how far it is checked. -->
<#macro figure f>
<span class="hit-figure"><strong>${f.display}</strong><#if !f.checked> <@tag "unchecked"/></#if><sup><a href="#note-${f.note}" aria-label="source note ${f.note}">${f.note}</a></sup></span><#t>
</#macro>

<#-- The one way a page says a figure or source is not yet checked against its primary source. -->
<#macro unchecked primarySource>
<span class="hit-figure__unchecked">not yet checked against ${primarySource}</span><#t>
</#macro>

<#-- Previous and next links between pages of a sequence; each of PREVIOUS and NEXT has a uri and a title, or is empty. -->
<#macro pager label previous="" next="">
<#if previous?has_content || next?has_content>
<nav class="hit-pager" aria-label="${label}">
<ul class="hit-pager__list">
<#if previous?has_content><li><a rel="prev" href="${content.rootpath}${previous.uri}">Previous: ${previous.title}</a></li></#if>
<#if next?has_content><li class="hit-pager__next"><a rel="next" href="${content.rootpath}${next.uri}">Next: ${next.title}</a></li></#if>
</ul>
</nav>
</#if>
</#macro>

<#-- The pages of a set beside each other (the comparisons, the glossary's ranges), the current one marked, then the set's parent page. -->
<#macro siblings label items parentText>
<nav class="hit-toc" aria-label="${label}">
<ul class="hit-toc__list">
<#list items as other><li><a href="${content.rootpath}${other.uri}"<#if other.uri == content.uri> aria-current="page"</#if>>${other.label}</a></li></#list>
<li><a href="${content.rootpath}${content.parent_uri}">${parentText}</a></li>
</ul>
</nav>
</#macro>

<#-- A short status label beside a value or a program, such as "Confirm before you apply". -->
<#macro tag text>
<strong class="hit-tag">${text}</strong><#t>
</#macro>

<#-- Where to find every accredited program, and what a program's own page must show. -->
<#macro cahiimWayOn>
<p><a href="${site.cahiim_directory}">CAHIIM's program directory</a> lists every program it accredits (if the address has moved, start at <a href="${site.cahiim_home}">cahiim.org</a>). On the program's own page, <a href="${site.cahiim_rules}">CAHIIM requires</a> the CAHIIM seal, a statement naming CAHIIM with the year its accreditation runs to, and the program's graduation rate, employment rate and one more outcome, such as its exam pass rate.</p>
</#macro>

<#-- A bar chart of figure records, drawn at bake time; the list after it says the same in words. -->
<#macro chart chart>
<#if chart?has_content>
<figure class="hit-chart">
<figcaption class="hit-chart__title" id="chart-title">Projected growth in jobs over ten years: medical records specialists and all occupations</figcaption>
<svg viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="chart-title">
<#list chart.bars as bar><text x="0" y="${bar.y + 13}">${bar.short_label}</text><rect class="hit-chart__bar" x="0" y="${bar.y + 19}" width="${bar.length}" height="16"/><text x="${bar.value_x}" y="${bar.y + 32}">${bar.display}</text>
</#list></svg>
<p class="hit-chart__words">In words: <#list chart.bars as bar>${bar.label}, ${bar.as_of}: <@figure bar/><#sep>; </#list>.</p>
</figure>
</#if>
</#macro>

<#macro quickFacts figures>
<#if figures?has_content>
<section class="hit-facts" aria-labelledby="quick-facts">
<h2 class="hit-facts__title" id="quick-facts">Quick facts</h2>
<dl>
<#list figures as f>
<@factRow f.short_label><@figure f/></@factRow>
</#list>
</dl>
</section>
</#if>
</#macro>

<#-- "On this page" goes here when the page is long: the build counts the words a reader meets in the
     finished page's main content and lists the sections that follow this place (render/PageScan). -->
<#macro contents>
<!--hit:contents-->
</#macro>

<#-- The contents list itself: a link to each section. -->
<#macro contentsList sections>
<nav class="hit-toc" aria-labelledby="on-this-page">
<h2 class="hit-toc__title" id="on-this-page">On this page</h2>
<ul class="hit-toc__list"><#list sections as s><li><a href="#${s.id}">${s.title}</a></li></#list></ul>
</nav>
</#macro>

<#macro lede>
<p class="hit-lede">${content.description}</p>
</#macro>

<#-- A list of pages as cards: title link and one-sentence description. -->
<#macro cards items headingLevel=2>
<#if items?has_content>
<ul class="hit-cards">
<#list items as item>
<li class="hit-card">
<#if headingLevel == 2><h2 class="hit-card__title"><@cardLink item/></h2>
<#elseif headingLevel == 3><h3 class="hit-card__title"><@cardLink item/></h3>
<#else><h4 class="hit-card__title"><@cardLink item/></h4></#if>
<p class="hit-card__text">${item.description}</p>
</li>
</#list>
</ul>
</#if>
</#macro>

<#-- Pages as a plain list of links, where a card's description would only repeat the page's lede. -->
<#macro linkList items>
<ul class="hit-list">
<#list items as item><li><@cardLink item/></li></#list>
</ul>
</#macro>

<#macro cardLink item>
<a class="hit-card__link" href="${content.rootpath}${item.uri}">${item.title}</a><#if item.draft!false> (draft)</#if><#t>
</#macro>

<#-- The page's numbered source notes: what each figure or list rests on, its date, and how far it is checked. -->
<#macro sources>
<#if (content.notes![])?has_content>
<section class="hit-sources" aria-labelledby="sources">
<h2 id="sources">Sources</h2>
<p><a href="${content.rootpath}about.html#every-figure-shows-where-it-came-from">How we label sources</a></p>
<ol class="hit-notes">
<#list content.notes as n>
<li id="note-${n.number}"><a href="${n.url}">${n.title}</a><#if !n.title?contains(n.host)> (${n.host})</#if>. <@checkText n/> For <#list n.items as i>${i.label}, ${i.as_of}<#sep>; </#list>.</li>
</#list>
</ol>
</section>
</#if>
</#macro>

<#macro checkText n>
<#if n.check == "primary">The publisher's own page (a stored copy).<#t>
<#elseif n.check == "primary-archive">Read from an archived copy<#if n.copy_url?has_content> (<a href="${n.copy_url}">open it</a>)</#if> on ${n.copy_read}; <@unchecked n.primary_source/>.<#t>
<#elseif n.check == "mirror">Read from a copy on ${n.copy_host} on ${n.copy_read}; <@unchecked n.primary_source/>.<#t>
<#else>A third party quoting it; <@unchecked n.primary_source/>.<#t>
</#if>
</#macro>

<#macro reviewed>
<p class="hit-reviewed">Page last reviewed: <time datetime="${content.updated}">${content.updated_display}</time>. Next review due: <time datetime="${content.review_due}">${content.review_due_display}</time>.</p>
</#macro>

<#-- School programs as cards: where, how taught, what they prepare for. -->
<#macro schoolCards items headingLevel=3>
<ul class="hit-cards">
<#list items as item>
<li class="hit-card">
<#if headingLevel == 2><h2 class="hit-card__title"><@cardLink item/></h2><#else><h3 class="hit-card__title"><@cardLink item/></h3></#if>
<p class="hit-card__text">${item.institution}, ${item.location_text}. ${item.delivery_label!"Delivery not stated"}. Evidence: ${item.evidence_kind_label}, ${item.evidence_date_display} (${item.evidence_age}).<#if item.confirm> <@tag "Confirm before you apply"/></#if></p>
</li>
</#list>
</ul>
</#macro>

<#-- One labelled fact in a hit-facts list; the value is text or a figure record. -->
<#macro factRow label>
<div><dt>${label}</dt><dd><#nested></dd></div><#t>
</#macro>
