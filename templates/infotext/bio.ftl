<#--
  Den korta texten för en plattforms biografi- eller profilfält.

  Mallen körs med level 1, 2, 3 … och ska säga mindre för varje nivå. Varje plattform får
  den första nivån som ryms inom dess gräns (se docs/info-texts.md). Ryms inte ens den sista
  nivån varnar check och build. En nivå som inte finns blir tom text, och då slutar serien. En nivå som upprepar en tidigare
  text hoppas över.

  Det här faller bort först: svarstiden, sedan syftet, sedan meningen om allmänna handlingar
  (den står kvar i hela texten, dit länken leder), sedan ordet "Officiellt konto". Sist kvar
  är vem kanalen tillhör och länken: kanalens sida i registret, på den kortaste nivån
  registrets startsida, som är kortare och där kanalen finns ett klick bort.

  Värdena är desamma som i full.ftl. pageAddress och registerAddress är adresserna utan
  https://, för fält där varje tecken räknas.
-->
<#-- who the account belongs to: a company, joint authority or foundation itself, else the organisation -->
<#assign owner><#if separateBody>${holder}<#else>${organisation}</#if></#assign>
<#assign who><#if name?contains(owner)>${name}<#else>${msg("it.short.who", name, owner)}</#if></#assign>
<#assign canWrite = comments || messages>
<#assign records><#if comments>${msg("it.short.records", holder)}<#else>${msg("it.short.records.messages", holder)}</#if></#assign>
<#if status != "active">
<#assign gone><#if transferred>${msg("it.short.transferred", holder)}<#else>${msg("it.short.closed", ended)}</#if></#assign>
<#switch level>
<#case 1>
${name}. ${gone} ${msg("it.short.more.brief", pageUrl)}
<#break>
<#case 2>
${name}. ${gone} ${msg("it.short.info", pageAddress)}
<#break>
<#case 3>
${name}. ${msg("it.short.info", pageAddress)}
<#break>
</#switch>
<#else>
<#switch level>
<#case 1>
${msg("it.short.official", who)} ${purpose}<#if canWrite> ${records}</#if> ${msg("it.short.more", pageUrl)}
<#break>
<#case 2>
${msg("it.short.official", who)} ${purpose} ${msg("it.short.more.brief", pageUrl)}
<#break>
<#case 3>
${msg("it.short.official", who)}<#if canWrite> ${records}</#if> ${msg("it.short.more.brief", pageAddress)}
<#break>
<#case 4>
${msg("it.short.official", who)} ${msg("it.short.more.brief", pageAddress)}
<#break>
<#case 5>
${who}. ${msg("it.short.info", pageAddress)}
<#break>
<#case 6>
${name}. ${msg("it.short.info", pageAddress)}
<#break>
<#case 7>
${name}. ${msg("it.short.info", registerAddress)}
<#break>
</#switch>
</#if>
