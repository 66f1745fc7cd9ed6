<#--
  Hela informationstexten för en kanal: för fältet "Om", ett fäst inlägg eller en webbsida.
  Den skrivs till kanaler/<id>/info.txt och visas på kanalens sida.

  Vill ni formulera texten på ert eget sätt? Kopiera filen till templates/infotext/full.ftl
  i er egen mapp och ändra den. Värdena kommer från registret: ${name}, ${organisation},
  ${unit}, ${purpose}, ${hours}, ${responseTime}, ${email}, ${phone}, ${pageUrl} och fler
  (se InfoTextModel). Tomma värden är tomma texter; pröva dem med ?has_content.
  Tomma rader skiljer stycken åt. Flera tomma rader i rad blir en.
-->
<#assign canWrite = comments || messages>
<#assign what><#if comments && messages>kommentarer och meddelanden<#elseif comments>kommentarer<#else>meddelanden</#if></#assign>
<#assign company = platformId != "blog" && platformId != "podcast">
Välkommen till ${name}<#if company> på ${platform}</#if>!

Det här är en officiell kanal för ${organisation}. ${unit} ansvarar för kanalen.<#if responsible?has_content> Ansvarig funktion: ${responsible}.</#if>

${purpose}

<#if canWrite>
Vi läser kanalen <#if hours?has_content>${hours}<#else>regelbundet</#if> och svarar <#if responseTime?has_content>${responseTime}<#else>så snart vi kan</#if>.<#if !comments> Det går inte att kommentera här, men du kan skicka ett meddelande.</#if><#if !messages> Kanalen tar inte emot meddelanden, men du kan kommentera.</#if>
<#else>
Du kan inte kommentera eller skicka meddelanden i den här kanalen. Har du en fråga? Kontakta oss på något av sätten längre ner.
</#if>

<#if canWrite>
Det du skriver blir en allmän handling
${what?cap_first} som du skriver här blir allmänna handlingar hos ${organisation}. Det betyder att vem som helst kan begära att få läsa dem. Vi sparar dem så länge reglerna för arkiv och gallring säger. Sedan gallras de, det vill säga tas bort.
<#else>
Allmänna handlingar
Det vi publicerar här är allmänna handlingar hos ${organisation}. Vem som helst kan begära att få läsa dem. Vi sparar dem så länge reglerna för arkiv och gallring säger.
</#if>
<#if canWrite>

Skriv inte om personliga ärenden här
<#if comments>Det du skriver i kommentarer kan alla läsa. </#if>Skriv inte om din hälsa, din ekonomi, din familj eller andra privata saker här. Gäller din fråga dig personligen? Kontakta oss hellre med e-post, telefon eller ett besök, så kan vi skydda dina uppgifter.
</#if>

<#if company>Dina uppgifter hamnar hos ${platform}<#else>Dina uppgifter kan hamna hos någon annan</#if>
<#if company>
${platform} drivs av ett företag utanför ${organisation}. När du använder kanalen sparar företaget uppgifter om dig<#if canWrite>, också det du skriver</#if>. Företaget följer sina egna regler för personuppgifter.
<#else>
Kanalen ligger hos en tjänst som drivs av någon annan än ${organisation}. När du använder kanalen kan tjänsten spara uppgifter om dig<#if canWrite>, också det du skriver</#if>.
</#if>
<#if privacyUrl?has_content>
Så behandlar ${organisation} dina personuppgifter: ${privacyUrl}
<#else>
Vill du veta hur ${organisation} behandlar dina personuppgifter? Fråga oss.
</#if>
<#if canWrite>

Regler för ${what}
Det här får inte finnas i ${what} i kanalen:
<#list rules as rule>
- ${rule}
</#list>

Bryter något mot reglerna tar vi bort det. Först sparar vi en kopia, eftersom även det vi tar bort är en allmän handling. Innehåll som kan vara ett brott anmäler vi till polisen.
Alla regler: ${rulesUrl}
</#if>
<#if comments>

Anmäl olämpligt innehåll
Ser du något här som bryter mot reglerna? <#if email?has_content>Skriv till ${email}<#if phone?has_content> eller ring ${phone}</#if><#elseif phone?has_content>Ring ${phone}<#else>Kontakta oss</#if> och berätta vilket inlägg det gäller. <#if company>Du kan också anmäla inlägget till ${platform}.<#else>Du kan också anmäla inlägget till tjänsten där kanalen finns.</#if>
</#if>

Kontakta oss
<#if email?has_content>
E-post: ${email}
</#if>
<#if phone?has_content>
Telefon: ${phone}
</#if>
<#if contactUrl?has_content>
Webb: ${contactUrl}
</#if>
<#if address?has_content>
Post: ${address}
</#if>
<#if feedbackUrl?has_content>
Lämna en synpunkt på vår verksamhet: ${feedbackUrl}
</#if>

Mer om kanalen finns i registret över våra kanaler i sociala medier: ${pageUrl}
