/** TMX files as other tools write them, for tests (real Arabic from the seed article). */

/** OmegaT 6 project memory: UTF-8 without BOM, region codes in capitals, one prop, changeid/changedate. */
export const OMEGAT_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0.0_0_ee5f1e8a" segtype="sentence" srclang="AR-SY"/>
  <body>
<!-- Default translations -->
    <tu>
      <tuv lang="AR-SY">
        <seg>طهران-سانا</seg>
      </tuv>
      <tuv lang="EN-US" changeid="hala" changedate="20240312T101500Z" creationid="hala" creationdate="20240312T101500Z">
        <seg>Tehran, SANA</seg>
      </tuv>
    </tu>
    <tu>
      <prop type="file">seed-ar.txt</prop>
      <tuv lang="AR-SY">
        <seg>وكالة تسنيم: أمريكا نفذت عملية لإنقاذ متزعمين من داعش بأفغانستان</seg>
      </tuv>
      <tuv lang="EN-US" changeid="hala" changedate="20240312T101700Z" creationid="hala" creationdate="20240312T101700Z">
        <seg>Tasnim: US carried out operation to rescue ISIS leaders in Afghanistan</seg>
      </tuv>
    </tu>
  </body>
</tmx>
`;

/** Trados Studio export: UTF-16 LE with BOM, CRLF, tuid/creationid on the tu, x- props, lower-case ar-SY / en-GB. */
export function tradosTmx(): Uint8Array {
  const text =
    '<?xml version="1.0" encoding="utf-16"?>\r\n' +
    '<tmx version="1.4">\r\n' +
    '<header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="en-GB" srclang="ar-SY" creationdate="20230105T081500Z" creationid="TRADOS\\reviewer"/>\r\n' +
    '<body>\r\n' +
    '<tu tuid="42" creationdate="20230105T081500Z" creationid="TRADOS\\reviewer" changedate="20230106T090000Z" changeid="TRADOS\\editor" lastusagedate="20230106T090000Z">\r\n' +
    '<prop type="x-Domain:SinglePicklist">News</prop>\r\n' +
    '<tuv xml:lang="ar-SY">\r\n<seg>وقتل على أثرها عدد كبير من عناصر داعش الإرهابي</seg>\r\n</tuv>\r\n' +
    '<tuv xml:lang="en-GB">\r\n<seg>A large number of ISIS terrorists were killed as a result</seg>\r\n</tuv>\r\n' +
    '</tu>\r\n' +
    '</body>\r\n</tmx>\r\n';
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}

/** Hand-made: inline codes (bpt/ept, ph, it, hi), entities and character references, notes, a tuv note. */
export const INLINE_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="hand" creationtoolversion="1" segtype="paragraph" o-tmf="none" adminlang="en" srclang="ar" datatype="html"/>
<body>
<tu tuid="b1">
<note>from the style guide</note>
<tuv xml:lang="ar"><seg><bpt i="1">&lt;b&gt;</bpt>طالبان<ept i="1">&lt;/b&gt;</ept> تسيطر على <ph x="2">&lt;br/&gt;</ph>مدينة درزاب &amp; ريفها</seg></tuv>
<tuv xml:lang="en"><seg><bpt i="1">&lt;b&gt;</bpt>Taliban<ept i="1">&lt;/b&gt;</ept> control <ph x="2">&lt;br/&gt;</ph>Darzab &amp; its countryside</seg></tuv>
</tu>
<tu tuid="b2">
<tuv xml:lang="AR"><note>headline</note><seg>قرية <hi type="bold">المراشدة</hi> <it pos="begin" x="1">&lt;i&gt;</it>بريف دير الزور</seg></tuv>
<tuv xml:lang="EN"><seg><hi type="bold">al-Marashida</hi> village <it pos="begin" x="1">&lt;i&gt;</it>in rural Deir Ezzor &#8212; &#x645;</seg></tuv>
</tu>
</body>
</tmx>
`;
