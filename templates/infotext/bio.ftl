<#--
  Den korta texten för en plattforms biografi- eller profilfält.

  Mallen körs med level 1, 2, 3 … och ska säga mindre för varje nivå. Varje plattform får
  den första nivån som ryms inom dess gräns (Instagram 150 tecken, TikTok 80 och så vidare).
  Ryms inte ens den sista nivån varnar bygget. En nivå som inte finns blir tom text, och då
  slutar serien. Texten ska sluta med en länk till den fullständiga informationen: kanalens
  sida i registret, eller på den kortaste nivån registrets startsida, som är kortare och
  där kanalen finns ett klick bort (TikTok rymmer bara 80 tecken).

  Värdena är desamma som i full.ftl. pageAddress och registerAddress är adresserna utan
  https://, för fält där varje tecken räknas.
-->
<#assign who><#if name?contains(organisation)>${name}<#else>${name}, ${organisation}</#if></#assign>
<#assign canWrite = comments || messages>
<#switch level>
<#case 1>
Officiellt konto: ${who}. ${purpose}<#if canWrite> Vi svarar <#if hours?has_content>${hours}<#else>på vardagar</#if><#if responseTime?has_content>, ${responseTime}</#if>. Det du skriver blir en allmän handling, så skriv inte om personliga ärenden här.</#if> Regler, kontakt och personuppgifter: ${pageUrl}
<#break>
<#case 2>
Officiellt konto: ${who}. ${purpose} Regler och kontakt: ${pageUrl}
<#break>
<#case 3>
Officiellt konto: ${who}. Regler och kontakt: ${pageAddress}
<#break>
<#case 4>
${who}. Info: ${pageAddress}
<#break>
<#case 5>
${name}. Info: ${registerAddress}
<#break>
</#switch>
