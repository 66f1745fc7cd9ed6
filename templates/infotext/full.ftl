<#--
  Hela informationstexten för en aktiv kanal: för fältet "Om", ett fäst inlägg eller en webbsida.
  Den skrivs till kanaler/<id>/info.txt (på engelska en/kanaler/<id>/info.txt) och visas på
  kanalens sida. En stängd eller överlämnad kanal får i stället texten i closing.ftl.

  Varje mening är en nyckel i meddelandefilen (msg("it.…")), så att samma mall ger texten på
  svenska, engelska och språken i content/translations/. docs/info-texts.md visar vilken lag
  varje mening bygger på. Vill ni formulera texten på ert eget sätt? Kopiera filen till
  templates/infotext/full.ftl i er egen mapp och ändra den: skriv egna meningar eller använd
  nycklarna. Värdena kommer från registret: ${name}, ${holder}, ${unit}, ${purpose},
  ${email}, ${pageUrl} och fler (se InfoTextModel). Tomma värden är tomma texter; pröva dem
  med ?has_content. Tomma rader skiljer stycken åt. Flera tomma rader i rad blir en.
-->
<#assign canWrite = comments || messages>
<#assign company = platformId != "blog" && platformId != "podcast">
<#assign outside><#if separateBody>${holder}<#else>${organisation}</#if></#assign>
<#-- hours and response_time are written in the organisation's language: other languages use their own general words -->
<#assign registerWords = msg("it.register-language") == "yes">
<#assign hoursText><#if hours?has_content && registerWords>${hours}<#else>${msg("it.read.default-hours")}</#if></#assign>
<#assign timeText><#if responseTime?has_content && registerWords>${responseTime}<#else>${msg("it.read.default-time")}</#if></#assign>
<#if company>${msg("it.welcome", name, platform)}<#else>${msg("it.welcome.own-site", name)}</#if>

<#if separateBody>
${msg("it.official", holder)}<#if unit != holder> ${msg("it.runs", unit)}</#if><#if responsible?has_content> ${msg("it.responsible", responsible)}</#if>
${msg("it.separate." + holderKind, holder, organisation)} ${msg("it.separate.listed", organisation)}
<#elseif holderKind?has_content>
${msg("it.official", organisation)} ${msg("it.runs.for", unit, holder)}<#if responsible?has_content> ${msg("it.responsible", responsible)}</#if>
<#else>
${msg("it.official", organisation)} ${msg("it.runs", unit)}<#if responsible?has_content> ${msg("it.responsible", responsible)}</#if>
</#if>

${purpose}

<#if comments && messages>
${msg("it.read.both", hoursText, timeText)} ${msg("it.see.comments")} ${msg("it.see.messages")}
<#elseif comments>
${msg("it.read.comments", hoursText, timeText)} ${msg("it.see.comments")} ${msg("it.no.messages")}
<#elseif messages>
${msg("it.read.messages", hoursText, timeText)} ${msg("it.no.comments")} ${msg("it.see.messages")}
<#else>
${msg("it.no.both")}
</#if>

<#if canWrite>
${msg("it.records.heading.write")}
<#if comments && messages>${msg("it.records.write.both", holder)}<#elseif comments>${msg("it.records.write.comments", holder)}<#else>${msg("it.records.write.messages", holder)}</#if> ${msg("it.records.access")}
<#else>
${msg("it.records.heading")}
${msg("it.records.published", holder)} ${msg("it.records.access")}
</#if>
${msg("it.records.retention", holder)}
<#if recordsUrl?has_content>
${msg("it.records.how", recordsUrl)}
<#else>
${msg("it.records.ask", holder)}
</#if>
<#if canWrite>

${msg("it.private.heading")}
${msg("it.private.text")}
</#if>

${msg("it.data.heading")}
<#if canWrite>${msg("it.data.controller", holder)}<#else>${msg("it.data.controller.published", holder)}</#if> <#if company>${msg("it.data.platform", outside, platform)}<#else>${msg("it.data.service", outside)}</#if>
<#if privacyUrl?has_content>
${msg("it.data.how", holder, privacyUrl)}
<#else>
${msg("it.data.ask", holder)}
</#if>
<#if comments>

${msg("it.rules.heading")}
${msg("it.rules.watch")} ${msg("it.rules.law")}
${msg("it.rules.own")}
<#list rules as rule>
- ${rule}
</#list>

${msg("it.rules.removed")}
${msg("it.rules.all", rulesUrl)}
<#if guidelinesUrl?has_content>
${msg("it.rules.guidelines", guidelinesUrl)}
</#if>

${msg("it.report.heading")}
<#if email?has_content && phone?has_content>${msg("it.report.email-phone", email, phone)}<#elseif email?has_content>${msg("it.report.email", email)}<#elseif phone?has_content>${msg("it.report.phone", phone)}<#else>${msg("it.report.none")}</#if> <#if company>${msg("it.report.platform", platform)}<#else>${msg("it.report.service")}</#if>
<#elseif messages>

${msg("it.messages.rules")}
<#if guidelinesUrl?has_content>
${msg("it.rules.guidelines", guidelinesUrl)}
</#if>
</#if>

${msg("it.contact.heading")}
<#if email?has_content>
${msg("it.contact.email", email)}
</#if>
<#if phone?has_content>
${msg("it.contact.phone", phone)}
</#if>
<#if contactUrl?has_content>
${msg("it.contact.web", contactUrl)}
</#if>
<#if address?has_content>
${msg("it.contact.post", address)}
</#if>
<#if feedbackUrl?has_content>
${msg("it.contact.feedback", feedbackUrl)}
</#if>

${msg("it.more", pageUrl)}
