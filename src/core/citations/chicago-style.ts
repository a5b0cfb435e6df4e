// A Chicago bibliography style (17th edition, notes and bibliography) for what a Hamish library
// holds: newspaper articles, web pages, books and documents. citation-js bundles APA but not
// Chicago, so this small CSL style is registered with it as 'chicago'; the formatting itself is the
// citation library's (citeproc-js), not ours.
//   Author Last, First. "Title." Newspaper, Month Day, Year. URL.
//   "Title." Newspaper, Month Day, Year. URL.            (unsigned)
//   Author Last, First. Title. Publisher, Year.           (a book)
export const CHICAGO_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="display-and-sort">
  <info>
    <title>Chicago (notes and bibliography), Hamish's subset</title>
    <id>hamish-chicago</id>
    <updated>2026-12-02T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="first" and="text" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
    </names>
  </macro>
  <macro name="title">
    <choose>
      <if type="book">
        <text variable="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="date">
    <choose>
      <if type="book">
        <date variable="issued" form="text" date-parts="year"/>
      </if>
      <else>
        <date variable="issued">
          <date-part name="month" form="long" suffix=" "/>
          <date-part name="day" suffix=", "/>
          <date-part name="year"/>
        </date>
      </else>
    </choose>
  </macro>
  <citation>
    <layout delimiter="; " suffix=".">
      <group delimiter=", ">
        <text macro="author"/>
        <text macro="title"/>
        <text variable="container-title" font-style="italic"/>
        <text macro="date"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0">
    <sort>
      <key macro="author"/>
      <key variable="title"/>
    </sort>
    <layout>
      <group delimiter=". " suffix=".">
        <text macro="author"/>
        <text macro="title"/>
        <choose>
          <if type="book">
            <group delimiter=", ">
              <text variable="publisher"/>
              <text macro="date"/>
            </group>
          </if>
          <else>
            <group delimiter=", ">
              <text variable="container-title" font-style="italic"/>
              <text macro="date"/>
            </group>
          </else>
        </choose>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
