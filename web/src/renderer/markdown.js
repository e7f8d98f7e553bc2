// dcc.Markdown: <div id class="pyclient-markdown"> holding markdown-it's rendering. With
// `html: false` markdown-it escapes any raw HTML in the text and refuses javascript: links, so
// its output is the one HTML string pyclient ever inserts (Dash's dangerously_allow_html is
// not honoured: text stays text).
import { h } from "preact";
import MarkdownIt from "markdown-it";
import { classes, cssStyle } from "./html.js";

const md = new MarkdownIt({ html: false });
const renderToken = (tokens, i, options, env, self) => self.renderToken(tokens, i, options);
md.renderer.rules.link_open = (tokens, i, options, env, self) => {
  if (env.linkTarget) tokens[i].attrSet("target", env.linkTarget);
  return renderToken(tokens, i, options, env, self);
};

export function Markdown({ props, id }) {
  const { children } = props;
  const text = Array.isArray(children) ? children.join("\n") : children == null ? "" : String(children);
  const html = md.render(props.dedent === false ? text : dedent(text), { linkTarget: props.link_target });
  return h("div", {
    id, class: classes("pyclient-markdown", props.className), style: cssStyle(props.style),
    dangerouslySetInnerHTML: { __html: html },
  });
}

// Dash's dedent: strip the indentation all non-blank lines share; blank lines become empty.
export function dedent(text) {
  const lines = text.split(/\r\n|\r|\n/);
  let common = null;
  for (const line of lines) {
    const indent = line.match(/^\s*(?=\S)/);
    if (!indent) continue;
    if (common === null) common = indent[0];
    else {
      let i = 0;
      while (i < common.length && common[i] === indent[0][i]) i += 1;
      common = common.slice(0, i);
    }
    if (!common) break;
  }
  const cut = common ? common.length : 0;
  return lines.map((line) => (/\S/.test(line) ? line.slice(cut) : "")).join("\n");
}
