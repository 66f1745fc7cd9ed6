<#-- embed/kanaler.css: the minimal look of embed/kanaler.html. Every rule is scoped to .kr-register, so it cannot
     restyle the rest of the CMS page; fonts and colours are inherited from it. -->
/* Kanalregister: styles for kanaler.html. Every selector starts with .kr-register. */
.kr-register .kr-list {
  list-style: none;
  margin: 0;
  padding: 0;
}
.kr-register .kr-item {
  padding: 0.75em 0;
  border-bottom: 1px solid #c8c8c8;
}
.kr-register .kr-name {
  font-weight: bold;
}
.kr-register .kr-platform,
.kr-register .kr-unit {
  display: block;
}
.kr-register .kr-about {
  display: inline-block;
  margin-top: 0.25em;
}
.kr-register .kr-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
.kr-register .kr-all {
  margin-top: 1em;
}
