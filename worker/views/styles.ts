/** Widths of the register's budget bars in whole percents: the CSP allows no inline styles. */
const BAR_WIDTHS = Array.from({ length: 101 }, (_, i) => `.bar-${i}{width:${i}%}`).join('')

/**
 * The one stylesheet of the public pages, mobile first. Colours keep at least 4.5:1 against their
 * background; focus is a thick dark outline with a yellow fill, visible on every element.
 */
export const STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.125rem;line-height:1.5;color:#1b1b1b;background:#fff}
.container{max-width:46rem;margin:0 auto;padding:0 1rem}
a{color:#0b4f8a;text-decoration:underline;text-underline-offset:.15em}
a:visited{color:#5a2d82}
a:hover{text-decoration-thickness:.15em}
:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
a:focus-visible{background:#ffdd00;color:#1b1b1b;box-shadow:0 -2px #ffdd00,0 4px #1b1b1b;outline:3px solid transparent;text-decoration:none}
input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #ffdd00;outline-offset:0;box-shadow:inset 0 0 0 2px #1b1b1b}
.skip-link{position:absolute;left:.5rem;top:-10rem;padding:.75rem 1rem;background:#ffdd00;color:#1b1b1b;z-index:10}
.skip-link:focus{top:.5rem}
.site-header{border-top:.5rem solid #0b6b3a;border-bottom:1px solid #b1b4b6;padding:.75rem 0}
.site-header .container{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem}
.brand{font-weight:700;font-size:1.375rem;color:#0b6b3a;text-decoration:none}
.brand:visited{color:#0b6b3a}
.tagline{display:block;font-size:1rem;font-weight:400;color:#4a4a4a}
.site-header nav a{display:inline-block;padding:.5rem 0;min-height:2.75rem}
main{display:block;padding:1.5rem 0 3rem}
main:focus{outline:none}
.site-footer{border-top:1px solid #b1b4b6;padding:1.5rem 0;font-size:1rem;color:#4a4a4a}
h1{font-size:2rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.5rem;line-height:1.25;margin:2rem 0 .75rem}
h3{font-size:1.25rem;margin:1.5rem 0 .5rem}
h4{font-size:1.125rem;margin:1rem 0 .5rem}
.pre-line{white-space:pre-line}
p,ul,ol,dl{margin:0 0 1rem}
.lead{font-size:1.25rem}
.steps li{margin-bottom:.5rem}
.card{border:1px solid #b1b4b6;border-left:.5rem solid #0b6b3a;padding:1rem;margin:0 0 1.5rem}
.card h3{margin-top:0}
.facts{display:grid;grid-template-columns:1fr;gap:.25rem 1rem;margin:0 0 1rem}
.facts dt{font-weight:700}
.facts dd{margin:0 0 .5rem}
.tag{display:inline-block;padding:0 .4rem;border:1px solid #1b1b1b;font-size:.95rem}
.button,button{display:inline-block;font:inherit;font-weight:700;line-height:1.25;padding:.7rem 1.1rem;min-height:2.75rem;border:2px solid #0b6b3a;border-radius:0;background:#0b6b3a;color:#fff;text-decoration:none;cursor:pointer;margin:0 .75rem .75rem 0;box-shadow:0 2px 0 #053b20}
.button:visited{color:#fff}
.button--secondary,button.button--secondary{background:#f3f2f1;color:#1b1b1b;border-color:#1b1b1b;box-shadow:0 2px 0 #1b1b1b}
.button--secondary:visited{color:#1b1b1b}
.button--warning,button.button--warning{background:#b3261e;border-color:#b3261e;box-shadow:0 2px 0 #6e1712}
button:focus-visible,.button:focus-visible{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 6px #1b1b1b;background-color:#ffdd00;color:#1b1b1b;border-color:#ffdd00}
fieldset{border:0;margin:0;padding:0;min-width:0}
.section{border-top:2px solid #0b6b3a;margin-top:2rem;padding-top:.25rem}
.section>legend{padding:0;width:100%}
.section>legend h2{margin-top:1rem}
legend{font-weight:700;padding:0;margin-bottom:.25rem}
.field{margin:0 0 1.5rem}
.field--error{border-left:.3rem solid #b3261e;padding-left:.75rem}
label,.label{display:block;font-weight:700;margin-bottom:.25rem}
.optional{font-weight:400}
.hint{display:block;color:#4a4a4a;margin:0 0 .4rem;font-weight:400}
.field-error{display:block;color:#b3261e;font-weight:700;margin:0 0 .4rem}
input[type=text],input[type=email],input[type=tel],input[type=date],input[type=url],input[type=file],select,textarea{display:block;width:100%;font:inherit;padding:.5rem;min-height:2.75rem;border:2px solid #1b1b1b;border-radius:0;background:#fff;color:#1b1b1b}
input[type=file]{padding:.4rem}
textarea{min-height:7rem;resize:vertical}
input[aria-invalid=true],select[aria-invalid=true],textarea[aria-invalid=true]{border-color:#b3261e;border-width:3px}
.input--short{max-width:12rem}
.input--medium{max-width:20rem}
.money{display:flex;align-items:stretch;max-width:14rem}
.money span{display:flex;align-items:center;padding:0 .6rem;border:2px solid #1b1b1b;border-right:0;background:#f3f2f1}
.choices{margin:.5rem 0 0}
.choice{position:relative;display:flex;align-items:flex-start;gap:.6rem;margin:0 0 .75rem;min-height:2.75rem}
.choice input{flex:none;width:1.6rem;height:1.6rem;margin:.1rem 0 0;accent-color:#0b6b3a}
.choice label{font-weight:400;margin:0;padding-top:.1rem}
.choice .hint{margin:0}
.budget-row{border:1px solid #b1b4b6;padding:.75rem;margin:0 0 1rem}
.budget-row legend{padding:0 .25rem}
.budget-row .field{margin-bottom:.75rem}
.note{border-left:.3rem solid #0b4f8a;padding:.25rem 0 .25rem .75rem;margin:0 0 1rem}
.error-summary{border:4px solid #b3261e;padding:1rem;margin:0 0 2rem}
.error-summary:focus{outline:3px solid #ffdd00}
.error-summary h2{margin-top:0}
.error-summary ul{padding-left:1.25rem;margin-bottom:0}
.error-summary a{color:#b3261e;font-weight:700}
.error-summary a:focus-visible{color:#1b1b1b}
.panel{background:#0b6b3a;color:#fff;padding:1.25rem;margin:0 0 1.5rem}
.panel h1{margin:0 0 .5rem}
.panel .reference{font-size:1.75rem;font-weight:700;overflow-wrap:anywhere}
.link-box{background:#f3f2f1;padding:1rem;margin:0 0 1.5rem}
.link-box input{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1rem}
.hp{display:none}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important}
table{border-collapse:collapse;width:100%;margin:0 0 1rem;font-size:1rem}
caption{text-align:left;font-weight:700;margin-bottom:.5rem}
th,td{text-align:left;padding:.5rem .5rem .5rem 0;border-bottom:1px solid #b1b4b6;vertical-align:top}
.table-scroll{overflow-x:auto;margin:0 0 1.5rem}
.table-scroll table{margin:0}
.table-scroll:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
th.num,td.num{text-align:right;padding-left:.75rem}
th .hint{font-weight:400;margin:0}
.filters{background:#f3f2f1;padding:1rem;margin:0 0 2rem}
.filters select{max-width:20rem}
.bar{height:1.25rem;max-width:30rem;border:1px solid #1b1b1b;background:#fff;margin:0 0 .25rem}
.bar span{display:block;height:100%;background:#0b6b3a}
${BAR_WIDTHS}
.files{list-style:none;padding:0}
.files li{border-bottom:1px solid #b1b4b6;padding:.5rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
.files form{margin:0}
.files button{margin:0}
.inline-form{margin:0 0 1rem}
.api-docs code,.api-docs th,.api-docs td{overflow-wrap:anywhere}
@media (min-width:40rem){
  h1{font-size:2.5rem}
  .facts{grid-template-columns:minmax(10rem,auto) 1fr}
  .facts dd{margin:0}
  .budget-row .fields{display:grid;grid-template-columns:2fr 2fr 1fr;gap:0 1rem}
}
@media print{.no-print{display:none}body{font-size:11pt}.letter{padding:0}}
`

/** FNV-1a: a short fingerprint, so a changed stylesheet gets a new address and may be cached long. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}

export const STYLESHEET_PATH = `/styles.css?v=${fingerprint(STYLES)}`
