<#--
  Den sista texten för en stängd eller överlämnad kanal: att fästa som kanalens sista inlägg
  och lägga i fältet "Om". Den skrivs till kanaler/<id>/info.txt i stället för full.ftl.
  Samma värden och nycklar som i full.ftl; se docs/info-texts.md.
-->
<#if transferred>
${msg("it.transferred.title", name)}

${msg("it.transferred.since", ended, holder)} ${msg("it.transferred.before", ended, holder)}
<#else>
${msg("it.closed.title", name)}

${msg("it.closed.since", ended)}
</#if>
<#if successor?has_content>
<#if successorIsUrl>${msg("it.closing.where", successor)}<#else>${msg("it.closing.successor", successor)}</#if>
</#if>

${msg("it.closing.records", holder)} <#if recordsUrl?has_content>${msg("it.records.how", recordsUrl)}<#else>${msg("it.records.ask", holder)}</#if>
<#if privacyUrl?has_content>
${msg("it.data.how", holder, privacyUrl)}
</#if>

<#if email?has_content>${msg("it.contact.email", email)}
</#if>
<#if phone?has_content>${msg("it.contact.phone", phone)}
</#if>

${msg("it.more", pageUrl)}
