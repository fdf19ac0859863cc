import * as echarts from "echarts";
const c = echarts.init(null, null, { renderer: "svg", ssr: true, width: 300, height: 200 });
c.setOption({ animation:false, series: [{ type: "graph", layout: "none", data: [{ name: "<script>alert(1)</script>&", x: 10, y: 10, label: { show: true, formatter: "{n|<b>x</b>&amp;}" , rich:{n:{}}} }] }] });
console.log(c.renderToSVGString().match(/<text[^>]*>[^<]*/g));
