/** XLIFF files as CAT tools write them (trimmed to what matters), for import tests. */

/** Trados Studio SDLXLIFF (1.2): groups, g/x codes, mrk segments in the target, confirmation in sdl:seg. */
export const TRADOS_12 = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
  <file original="C:\\Projects\\report.docx" datatype="x-sdlfilterframework2" source-language="ar-SA" target-language="en-US">
    <header><tool tool-id="trados" tool-name="Trados Studio"/></header>
    <body>
      <group id="g1">
        <trans-unit id="a1b2-1">
          <source>تقرير <g id="5">عاجل</g> عن الوضع<x id="6"/></source>
          <seg-source><mrk mtype="seg" mid="1">تقرير <g id="5">عاجل</g> عن الوضع<x id="6"/></mrk></seg-source>
          <target><mrk mtype="seg" mid="1">An <g id="5">urgent</g> report on the situation<x id="6"/></mrk></target>
          <sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs>
        </trans-unit>
        <trans-unit id="a1b2-2">
          <source>الفقرة الثانية &amp; &lt;الأخيرة&gt;</source>
          <target><mrk mtype="seg" mid="2">The second &amp; last paragraph</mrk></target>
          <sdl:seg-defs><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>
        </trans-unit>
      </group>
      <trans-unit id="locked" translate="no"><source>لا تترجم</source></trans-unit>
      <trans-unit id="a1b2-3"><source>نص بلا ترجمة</source></trans-unit>
    </body>
  </file>
</xliff>`;

/** memoQ MQXLIFF (1.2): bpt/ept/ph native codes, status in mq:status. */
export const MEMOQ_12 = `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
  <file original="news.docx" source-language="ar" target-language="en" datatype="x-docx">
    <body>
      <trans-unit id="1" mq:status="ManuallyConfirmed">
        <source xml:space="preserve">قال <bpt id="1" ctype="bold">&lt;b&gt;</bpt>المتحدث<ept id="1">&lt;/b&gt;</ept> اليوم<ph id="2">&lt;br/&gt;</ph></source>
        <target xml:space="preserve">The <bpt id="1" ctype="bold">&lt;b&gt;</bpt>spokesman<ept id="1">&lt;/b&gt;</ept> said today<ph id="2">&lt;br/&gt;</ph></target>
        <note>Reviewed by the editor</note>
      </trans-unit>
      <trans-unit id="2" mq:status="PartiallyEdited">
        <source xml:space="preserve">وأضاف أن الوضع مستقر</source>
        <target xml:space="preserve">He added that the situation</target>
      </trans-unit>
    </body>
  </file>
</xliff>`;

/** OmegaT / Okapi XLIFF 1.2: plain units, standard states, an approved unit without state. */
export const OMEGAT_12 = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="article.txt" source-language="ar" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="0"><source>الجملة الأولى</source><target state="needs-review-translation">The first sentence</target></trans-unit>
      <trans-unit id="1" approved="yes"><source>الجملة الثانية</source><target>The second sentence</target></trans-unit>
      <trans-unit id="2"><source>الجملة الثالثة</source><target state="new"></target></trans-unit>
      <trans-unit id="3"><source>الجملة الرابعة</source><target state="final">The fourth sentence</target></trans-unit>
    </body>
  </file>
</xliff>`;

/** XLIFF 2.0 (Okapi, memoQ 2.0 export): pc/ph/sc/ec, originalData, two segments in a unit, notes. */
export const XLIFF_20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en">
  <file id="f1" original="brief.html">
    <group id="grp">
      <unit id="u1">
        <notes><note>headline</note></notes>
        <originalData><data id="d1">&lt;br/&gt;</data></originalData>
        <segment state="final">
          <source>اضغط <pc id="1">حفظ</pc> الآن<ph id="2" dataRef="d1"/></source>
          <target>Press <pc id="1">Save</pc> now<ph id="2" dataRef="d1"/></target>
        </segment>
      </unit>
      <unit id="u2">
        <segment state="translated"><source>الجملة الأولى.</source><target>First sentence.</target></segment>
        <ignorable><source> </source></ignorable>
        <segment><source>الجملة <sc id="3"/>الثانية.</source><target>Second <sc id="3"/>sentence.</target></segment>
      </unit>
      <unit id="u3"><segment><source>غير مترجم <ec startRef="3"/>بعد</source></segment></unit>
      <unit id="u4" translate="no"><segment><source>لا</source></segment></unit>
    </group>
  </file>
</xliff>`;
