<#ftl output_format="HTML">
<#-- The sourced parts a career page shows after its opening paragraphs, each from its data file. -->
<#import "components.ftl" as c>

<#macro part name data>
<#if name == "day-to-day"><@dayToDay data/>
<#elseif name == "career-map"><@careerMap data/>
<#elseif name == "self-check"><@selfCheck data/>
<#elseif name == "glossary"><@glossary data/>
</#if>
</#macro>

<#-- Where a sourced list comes from: its note in the Sources list. -->
<#macro sourceLine note>
<p class="hit-source-line">Source: <a href="#note-${note}">note ${note}</a></p>
</#macro>

<#macro dayToDay data>
<section aria-labelledby="typical-tasks">
<h2 id="typical-tasks">Typical tasks</h2>
<#list data.task_groups as group>
<h3 id="tasks-${group.id}">${group.title}</h3>
<ul class="hit-list">
<#list group.tasks as task><li>${task}</li></#list>
</ul>
</#list>
<@sourceLine data.tasks_note/>
</section>
<section aria-labelledby="job-titles">
<h2 id="job-titles">Sample job titles</h2>
<ul class="hit-list hit-list--columns">
<#list data.titles as title><li>${title}</li></#list>
</ul>
<@sourceLine data.titles_note/>
</section>
<section aria-labelledby="workplaces">
<h2 id="workplaces">Where people work</h2>
<dl class="hit-facts">
<#list data.employers as f><@c.factRow f.label><@c.figure f/></@c.factRow></#list>
</dl>
<h3 id="schedules">Schedules</h3>
<p>${data.schedule_text}</p>
<@sourceLine data.schedule_note/>
</section>
</#macro>

<#-- The career map as nested lists: stages, their roles, and the moves between them. Works at any
     width, in print and with a screen reader; every role links to its page. -->
<#macro careerMap data>
<section class="hit-wide" aria-labelledby="career-map">
<h2 id="career-map">The career map</h2>
<#assign img = data.image>
<figure class="hit-map-picture">
<picture><source media="(min-width: 48rem)" srcset="${img.wide}" width="${img.wide_width}" height="${img.wide_height}"><img src="${img.narrow}" width="${img.width}" height="${img.height}" alt="The career map as a diagram: the roles of each stage as boxes, with arrows for the moves between them. The list below gives every role and move in words."></picture>
<figcaption>Each box is a role; each arrow a move. The list below says what each move takes.</figcaption>
</figure>
<ol class="hit-map">
<#list data.stages as stage>
<li class="hit-map__stage">
<h3 class="hit-map__stage-title" id="stage-${stage.id}">${stage.label}</h3>
<ul class="hit-map__nodes">
<#list stage.nodes as node>
<li class="hit-map__node" id="role-${node.id}">
<a class="hit-map__link" href="${content.rootpath}${node.page}">${node.label}</a><#if node.note?has_content> <span class="hit-map__note">${node.note}</span></#if>
<#if node.leads_to?has_content>
<ul class="hit-map__moves">
<#list node.leads_to as move><li>Leads to <a href="#role-${move.id}">${move.label}</a>: ${move.via}</li></#list>
</ul>
</#if>
</li>
</#list>
</ul>
</li>
</#list>
</ol>
</section>
</#macro>

<#-- No score and no form: each question opens its explanation, and nothing is stored or sent. -->
<#macro selfCheck data>
<section aria-labelledby="questions">
<h2 id="questions">Questions to ask yourself</h2>
<p>${data.intro}</p>
<#list data.items as item>
<details class="hit-check" id="check-${item.id}">
<summary class="hit-check__summary">${item.demand}: ${item.question}</summary>
<p>${item.why}</p>
</details>
</#list>
</section>
</#macro>

<#-- The glossary page: every term, each linked to its definition on the page of its letters. -->
<#macro glossary data>
<section aria-labelledby="terms">
<h2 id="terms">Terms</h2>
<p>Choose a term to see what it stands for and what it means. The definitions are on one page for each range of letters.</p>
<#list content.glossary_ranges as range>
<h3><a href="${content.rootpath}${range.uri}">${range.label}</a></h3>
<ul class="hit-terms">
<#list range.terms as term><li><a href="${content.rootpath}${range.uri}#${term.id}">${term.term}</a></li></#list>
</ul>
</#list>
</section>
</#macro>

<#-- The terms of one range of letters, each spelled out and defined. -->
<#macro glossaryTerms terms>
<dl class="hit-glossary">
<#list terms as term>
<div id="${term.id}">
<dt><#if term.page?has_content><a href="${content.rootpath}${term.page}">${term.term}</a><#else>${term.term}</#if></dt>
<dd><strong>${term.expansion}.</strong> ${term.definition}</dd>
</div>
</#list>
</dl>
</#macro>
