<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddingUp</name>
    <message>
        <source>The provinces add up to the country&apos;s figures: choose the region VN to see them.</source>
        <translation>The provinces add up to the country&apos;s figures: choose the region VN to see them.</translation>
    </message>
    <message>
        <source>%1: no province holds figures for this month.</source>
        <translation>%1: no province holds figures for this month.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the provinces&apos; figures added up (money and counts summed, shares averaged by their weights), beside the national report. %n gap(s) beyond the tolerance.</source>
        <translation>
            <numerusform>%1: the provinces&apos; figures added up (money and counts summed, shares averaged by their weights), beside the national report. %n gap beyond the tolerance.</numerusform>
            <numerusform>%1: the provinces&apos; figures added up (money and counts summed, shares averaged by their weights), beside the national report. %n gaps beyond the tolerance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chỉ Số: the %n provinces&apos; figures weighted by %1</source>
        <translation>
            <numerusform>Chỉ Số: the %n provinces&apos; figures weighted by %1</numerusform>
            <numerusform>Chỉ Số: the %n provinces&apos; figures weighted by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chỉ Số: the %n provinces&apos; figures added up</source>
        <translation>
            <numerusform>Chỉ Số: the %n provinces&apos; figures added up</numerusform>
            <numerusform>Chỉ Số: the %n provinces&apos; figures added up</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Provinces add up to</source>
        <translation>Provinces add up to</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>National report</translation>
    </message>
    <message>
        <source>National vs provinces</source>
        <translation>National vs provinces</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>online public services</source>
        <translation>online public services</translation>
    </message>
    <message>
        <source>eligible public services</source>
        <translation>eligible public services</translation>
    </message>
    <message>
        <source>beyond the tolerance: a finding</source>
        <translation>beyond the tolerance: a finding</translation>
    </message>
    <message>
        <source>no province&apos;s figure</source>
        <translation>no province&apos;s figure</translation>
    </message>
    <message numerus="yes">
        <source>no figure from %n province(s): </source>
        <translation>
            <numerusform>no figure from %n province: </numerusform>
            <numerusform>no figure from %n provinces: </numerusform>
        </translation>
    </message>
    <message>
        <source>no weight (%1): %2</source>
        <translation>no weight (%1): %2</translation>
    </message>
    <message>
        <source>weights of %1</source>
        <translation>weights of %1</translation>
    </message>
    <message>
        <source>mean weighted by %1</source>
        <translation>mean weighted by %1</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>The acknowledgement was not stored: %1</source>
        <translation>The acknowledgement was not stored: %1</translation>
    </message>
    <message>
        <source>The finding was not reopened: %1</source>
        <translation>The finding was not reopened: %1</translation>
    </message>
    <message>
        <source>The choice of figure was not stored: %1</source>
        <translation>The choice of figure was not stored: %1</translation>
    </message>
    <message>
        <source>The review was not stored: %1</source>
        <translation>The review was not stored: %1</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Figures as known for the briefing of %1 · prepared on %2 with Chỉ Số</source>
        <translation>Figures as known for the briefing of %1 · prepared on %2 with Chỉ Số</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Key indicators</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 percentage points</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the first %n month(s) of %2 is estimated at %3</source>
        <translation>
            <numerusform>%1 in the first %n month of %2 is estimated at %3</numerusform>
            <numerusform>%1 in the first %n months of %2 is estimated at %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the first %n month(s) of %2 reached %3</source>
        <translation>
            <numerusform>%1 in the first %n month of %2 reached %3</numerusform>
            <numerusform>%1 in the first %n months of %2 reached %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as of %2 is estimated at %3</source>
        <translation>%1 as of %2 is estimated at %3</translation>
    </message>
    <message>
        <source>%1 as of %2 stood at %3</source>
        <translation>%1 as of %2 stood at %3</translation>
    </message>
    <message>
        <source>, with no figure for the same period of %1 to compare</source>
        <translation>, with no figure for the same period of %1 to compare</translation>
    </message>
    <message>
        <source>, level with the same period of %1</source>
        <translation>, level with the same period of %1</translation>
    </message>
    <message>
        <source>, up %1 on the same period of %2</source>
        <translation>, up %1 on the same period of %2</translation>
    </message>
    <message>
        <source>, down %1 on the same period of %2</source>
        <translation>, down %1 on the same period of %2</translation>
    </message>
    <message>
        <source> (the source states %1)</source>
        <translation> (the source states %1)</translation>
    </message>
    <message>
        <source>. No plan for %1 has been stated</source>
        <translation>. No plan for %1 has been stated</translation>
    </message>
    <message>
        <source>, and %1 of the plan for the year (%2)</source>
        <translation>, and %1 of the plan for the year (%2)</translation>
    </message>
    <message>
        <source>, ahead of the expected pace (%1)</source>
        <translation>, ahead of the expected pace (%1)</translation>
    </message>
    <message>
        <source>, on track (expected %1)</source>
        <translation>, on track (expected %1)</translation>
    </message>
    <message>
        <source>, behind the expected pace (%1)</source>
        <translation>, behind the expected pace (%1)</translation>
    </message>
    <message>
        <source>; the source states %1 of the plan</source>
        <translation>; the source states %1 of the plan</translation>
    </message>
    <message>
        <source>Year-end forecast: about %1</source>
        <translation>Year-end forecast: about %1</translation>
    </message>
    <message>
        <source>, %1 of the plan</source>
        <translation>, %1 of the plan</translation>
    </message>
    <message>
        <source>; chance of meeting the plan: %1</source>
        <translation>; chance of meeting the plan: %1</translation>
    </message>
    <message>
        <source> (method: %1).</source>
        <translation> (method: %1).</translation>
    </message>
    <message>
        <source>December forecast: about %1</source>
        <translation>December forecast: about %1</translation>
    </message>
    <message>
        <source>; chance of reaching the target: %1</source>
        <translation>; chance of reaching the target: %1</translation>
    </message>
    <message>
        <source>Other sources give %1.</source>
        <translation>Other sources give %1.</translation>
    </message>
    <message>
        <source>Monthly briefing, %1</source>
        <translation>Monthly briefing, %1</translation>
    </message>
    <message>
        <source>Appendix: figures to note</source>
        <translation>Appendix: figures to note</translation>
    </message>
    <message>
        <source>No open findings: the figures agree with one another.</source>
        <translation>No open findings: the figures agree with one another.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <source>Stated % of plan</source>
        <translation>Stated % of plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>stated %1</source>
        <translation>stated %1</translation>
    </message>
    <message>
        <source>Growth: against the same period a year earlier (shares in %: percentage points). Expected pace: the share of last year&apos;s total reached by the same month, else m/12. [n]: source, listed at the end. *: other sources give another value. Status: ▲ ahead, ● on track, ▼ behind, ○ not assessed.</source>
        <translation>Growth: against the same period a year earlier (shares in %: percentage points). Expected pace: the share of last year&apos;s total reached by the same month, else m/12. [n]: source, listed at the end. *: other sources give another value. Status: ▲ ahead, ● on track, ▼ behind, ○ not assessed.</translation>
    </message>
    <message>
        <source>No figures for this period: nothing was compared.</source>
        <translation>No figures for this period: nothing was compared.</translation>
    </message>
    <message>
        <source>, up %1 on the same period of %2 as the source states</source>
        <translation>, up %1 on the same period of %2 as the source states</translation>
    </message>
    <message>
        <source>, down %1 on the same period of %2 as the source states</source>
        <translation>, down %1 on the same period of %2 as the source states</translation>
    </message>
    <message>
        <source>, level with the same period of %1 as the source states</source>
        <translation>, level with the same period of %1 as the source states</translation>
    </message>
    <message>
        <source>, measured against the share of the year elapsed (m/12) as last year&apos;s figures for the month are missing</source>
        <translation>, measured against the share of the year elapsed (m/12) as last year&apos;s figures for the month are missing</translation>
    </message>
    <message>
        <source>; its progress is not assessed, as the figure of %1 it would be measured from is flagged as a break in the series</source>
        <translation>; its progress is not assessed, as the figure of %1 it would be measured from is flagged as a break in the series</translation>
    </message>
    <message>
        <source>Monthly briefing, %1 (region %2)</source>
        <translation>Monthly briefing, %1 (region %2)</translation>
    </message>
    <message>
        <source>No figures for %1.</source>
        <translation>No figures for %1.</translation>
    </message>
    <message>
        <source>Derived, as no source gives it: %1.</source>
        <translation>Derived, as no source gives it: %1.</translation>
    </message>
    <message>
        <source> (against a derived figure for %1 %2, which no source gives)</source>
        <translation> (against a derived figure for %1 %2, which no source gives)</translation>
    </message>
    <message>
        <source>, measured against last year&apos;s profile with %1 derived %2, as no source gives it</source>
        <translation>, measured against last year&apos;s profile with %1 derived %2, as no source gives it</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>²: measured from the figure of %1, flagged as a break: not assessed.</source>
        <translation>²: measured from the figure of %1, flagged as a break: not assessed.</translation>
    </message>
    <message>
        <source>¹: against m/12, last year&apos;s figure for the month being unknown.</source>
        <translation>¹: against m/12, last year&apos;s figure for the month being unknown.</translation>
    </message>
    <message>
        <source> (80% interval %1)</source>
        <translation> (80% interval %1)</translation>
    </message>
    <message>
        <source>m/12 pace</source>
        <translation>m/12 pace</translation>
    </message>
    <message>
        <source>%1 (its base figure of %2 is flagged as a break)</source>
        <translation>%1 (its base figure of %2 is flagged as a break)</translation>
    </message>
    <message>
        <source>Behind the expected pace: %1.</source>
        <translation>Behind the expected pace: %1.</translation>
    </message>
    <message>
        <source>Forecast to fall short of the year&apos;s plan: %1.</source>
        <translation>Forecast to fall short of the year&apos;s plan: %1.</translation>
    </message>
    <message>
        <source>Ahead of the expected pace: %1.</source>
        <translation>Ahead of the expected pace: %1.</translation>
    </message>
    <message>
        <source>On track: %1.</source>
        <translation>On track: %1.</translation>
    </message>
    <message>
        <source>Not assessed: %1.</source>
        <translation>Not assessed: %1.</translation>
    </message>
    <message>
        <source>Forecast to reach the year&apos;s plan: %1.</source>
        <translation>Forecast to reach the year&apos;s plan: %1.</translation>
    </message>
    <message>
        <source>derived pace</source>
        <translation>derived pace</translation>
    </message>
    <message>
        <source>A status marked † is measured against a pace that rests on a figure derived as below (derived pace).</source>
        <translation>A status marked † is measured against a pace that rests on a figure derived as below (derived pace).</translation>
    </message>
    <message>
        <source>The figure used is the office&apos;s choice.</source>
        <translation>The figure used is the office&apos;s choice.</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>By province</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 more</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 provinces have a figure.</source>
        <translation>%1, %2: %3 of %4 provinces have a figure.</translation>
    </message>
    <message>
        <source>Highest: %1; lowest: %2.</source>
        <translation>Highest: %1; lowest: %2.</translation>
    </message>
    <message>
        <source>Fastest growth on the same period of %1: %2; slowest: %3.</source>
        <translation>Fastest growth on the same period of %1: %2; slowest: %3.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>month %1</source>
        <translation>month %1</translation>
    </message>
    <message>
        <source>%1: year to date, %2 against %3 and the plan</source>
        <translation>%1: year to date, %2 against %3 and the plan</translation>
    </message>
    <message>
        <source>%1: readings of %2 and %3 against the target</source>
        <translation>%1: readings of %2 and %3 against the target</translation>
    </message>
    <message>
        <source>Plan&apos;s pace</source>
        <translation>Plan&apos;s pace</translation>
    </message>
    <message>
        <source>Path to target</source>
        <translation>Path to target</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Forecast, 80% interval</source>
        <translation>Forecast, 80% interval</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>%1: growth against the same period of %2</source>
        <translation>%1: growth against the same period of %2</translation>
    </message>
    <message>
        <source>Change, percentage points</source>
        <translation>Change, percentage points</translation>
    </message>
    <message>
        <source>Growth, %</source>
        <translation>Growth, %</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>no figures</translation>
    </message>
    <message>
        <source>%1: progress toward the %2 target</source>
        <translation>%1: progress toward the %2 target</translation>
    </message>
    <message>
        <source>Plan for the year</source>
        <translation>Plan for the year</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Reached: %1</translation>
    </message>
    <message>
        <source>Expected pace: %1</source>
        <translation>Expected pace: %1</translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation>Target (100%)</translation>
    </message>
    <message>
        <source>no plan stated</source>
        <translation>no plan stated</translation>
    </message>
    <message>
        <source>Progress toward the %1 targets, %2</source>
        <translation>Progress toward the %1 targets, %2</translation>
    </message>
    <message>
        <source>Figures to note</source>
        <translation>Figures to note</translation>
    </message>
    <message>
        <source>Derived, no source gives it</source>
        <translation>Derived, no source gives it</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>no bar: no plan stored (a source states %1 of it)</source>
        <translation>no bar: no plan stored (a source states %1 of it)</translation>
    </message>
    <message>
        <source>no bar: no plan stated for %1</source>
        <translation>no bar: no plan stated for %1</translation>
    </message>
    <message>
        <source>no bar: no figure yet in %1</source>
        <translation>no bar: no figure yet in %1</translation>
    </message>
    <message>
        <source>Plan (100%)</source>
        <translation>Plan (100%)</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>Expected by now</translation>
    </message>
    <message>
        <source>Year-end forecast</source>
        <translation>Year-end forecast</translation>
    </message>
    <message>
        <source>(plan %1)</source>
        <translation>(plan %1)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Language of the output: vi or en.</source>
        <translation>Language of the output: vi or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Run &apos;%1 --help&apos; for the options.</translation>
    </message>
    <message>
        <source>Created your database with the bundled dataset: %1</source>
        <translation>Created your database with the bundled dataset: %1</translation>
    </message>
    <message>
        <source>Use only what was known when the briefing for month &lt;YYYY-MM&gt; was prepared.</source>
        <translation>Use only what was known when the briefing for month &lt;YYYY-MM&gt; was prepared.</translation>
    </message>
    <message>
        <source>Create a database, with the bundled dataset unless --empty is given.</source>
        <translation>Create a database, with the bundled dataset unless --empty is given.</translation>
    </message>
    <message>
        <source>Create it with the indicator catalogue only, without figures.</source>
        <translation>Create it with the indicator catalogue only, without figures.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1: %n figure(s), </source>
        <translation>
            <numerusform>Created %1: %n figure, </numerusform>
            <numerusform>Created %1: %n figures, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s), </source>
        <translation>
            <numerusform>%n plan, </numerusform>
            <numerusform>%n plans, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stated growth or share figure(s), </source>
        <translation>
            <numerusform>%n stated growth or share figure, </numerusform>
            <numerusform>%n stated growth or share figures, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation>
            <numerusform>%n source.</numerusform>
            <numerusform>%n sources.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files to import.</source>
        <translation>CSV files to import.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Name at least one CSV file to import.</source>
        <translation>Name at least one CSV file to import.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n figure(s) added, </source>
        <translation>
            <numerusform>%1: %n figure added, </numerusform>
            <numerusform>%1: %n figures added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored and unchanged.</source>
        <translation>
            <numerusform>%n already stored and unchanged.</numerusform>
            <numerusform>%n already stored and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s); nothing was stored from this file.</source>
        <translation>
            <numerusform>%1: refused, %n problem; nothing was stored from this file.</numerusform>
            <numerusform>%1: refused, %n problems; nothing was stored from this file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every figure, plan and stated figure with its source, in the CSV format that import reads.</source>
        <translation>Export every figure, plan and stated figure with its source, in the CSV format that import reads.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>Write to &lt;file&gt; instead of standard output.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>--as-of expects a month as YYYY-MM, such as 2024-06; found &apos;%1&apos;.</source>
        <translation>--as-of expects a month as YYYY-MM, such as 2024-06; found &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n figure(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n figure to %1.</numerusform>
            <numerusform>Wrote %n figures to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly table of key indicators: value, same period last year, growth (computed and stated), plan, share of plan (computed and stated), expected pace and status. Without --year and --month: the latest month with figures.</source>
        <translation>The monthly table of key indicators: value, same period last year, growth (computed and stated), plan, share of plan (computed and stated), expected pace and status. Without --year and --month: the latest month with figures.</translation>
    </message>
    <message>
        <source>Year of the report.</source>
        <translation>Year of the report.</translation>
    </message>
    <message>
        <source>Month of the year-to-date cut-off, 1 to 12.</source>
        <translation>Month of the year-to-date cut-off, 1 to 12.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Output format: table, csv or json.</translation>
    </message>
    <message>
        <source>Percentage points of the plan within which a figure counts as on track (default 2).</source>
        <translation>Percentage points of the plan within which a figure counts as on track (default 2).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: choose table, csv or json.</source>
        <translation>Unknown format &apos;%1&apos;: choose table, csv or json.</translation>
    </message>
    <message>
        <source>Give --year and --month together (or neither, for the latest month).</source>
        <translation>Give --year and --month together (or neither, for the latest month).</translation>
    </message>
    <message>
        <source>--year expects a year from 1900 to 2100 and --month a month from 1 to 12.</source>
        <translation>--year expects a year from 1900 to 2100 and --month a month from 1 to 12.</translation>
    </message>
    <message>
        <source>The database holds no figures yet: import some with &apos;chiso import FILE.csv&apos;.</source>
        <translation>The database holds no figures yet: import some with &apos;chiso import FILE.csv&apos;.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Wrote the report to %1.</translation>
    </message>
    <message>
        <source>No display was found, so Chỉ Số wrote the report for the latest month to standard output (above). Run &apos;chiso --help&apos; for the other commands.</source>
        <translation>No display was found, so Chỉ Số wrote the report for the latest month to standard output (above). Run &apos;chiso --help&apos; for the other commands.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Year-end forecasts of every indicator: each method&apos;s point, 80% and 95% intervals, share of plan and chance of meeting it, the preferred method and why. Without --as-of: from the latest month with figures.</source>
        <translation>Year-end forecasts of every indicator: each method&apos;s point, 80% and 95% intervals, share of plan and chance of meeting it, the preferred method and why. Without --as-of: from the latest month with figures.</translation>
    </message>
    <message>
        <source>Backtest of the year-end methods: MAPE and MASE per method and cut-off month over every earlier year with a known total.</source>
        <translation>Backtest of the year-end methods: MAPE and MASE per method and cut-off month over every earlier year with a known total.</translation>
    </message>
    <message>
        <source>Only this indicator (a code such as revenue).</source>
        <translation>Only this indicator (a code such as revenue).</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Output format: table or json.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: choose table or json.</source>
        <translation>Unknown format &apos;%1&apos;: choose table or json.</translation>
    </message>
    <message>
        <source>Unknown indicator &apos;%1&apos;; known: %2</source>
        <translation>Unknown indicator &apos;%1&apos;; known: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>Wrote %1 (%2×%3).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the briefing for %1 (%n page(s)) to %2</source>
        <translation>
            <numerusform>Wrote the briefing for %1 (%n page) to %2</numerusform>
            <numerusform>Wrote the briefing for %1 (%n pages) to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly briefing as a PDF: summary, KPI table, charts and sources, on A4 pages. Without --year and --month: the latest month.</source>
        <translation>The monthly briefing as a PDF: summary, KPI table, charts and sources, on A4 pages. Without --year and --month: the latest month.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>The name of the office the briefing comes from.</source>
        <translation>The name of the office the briefing comes from.</translation>
    </message>
    <message>
        <source>Findings: stated shares and growth rates that the figures do not support, year-to-date figures that do not add up with the months, sources that differ, revisions, reported against measured figures, and breaks in a series. Largest gap first.</source>
        <translation>Findings: stated shares and growth rates that the figures do not support, year-to-date figures that do not add up with the months, sources that differ, revisions, reported against measured figures, and breaks in a series. Largest gap first.</translation>
    </message>
    <message>
        <source>Only findings about this year.</source>
        <translation>Only findings about this year.</translation>
    </message>
    <message>
        <source>--year expects a year from 1900 to 2100.</source>
        <translation>--year expects a year from 1900 to 2100.</translation>
    </message>
    <message>
        <source>the monthly table of key indicators</source>
        <translation>the monthly table of key indicators</translation>
    </message>
    <message>
        <source>year-end forecasts with intervals and the chance of meeting the plan</source>
        <translation>year-end forecasts with intervals and the chance of meeting the plan</translation>
    </message>
    <message>
        <source>how well each forecasting method did in earlier years</source>
        <translation>how well each forecasting method did in earlier years</translation>
    </message>
    <message>
        <source>the monthly briefing as a PDF (charts, table, summary, sources)</source>
        <translation>the monthly briefing as a PDF (charts, table, summary, sources)</translation>
    </message>
    <message>
        <source>figures that do not add up: stated vs computed, sources, revisions</source>
        <translation>figures that do not add up: stated vs computed, sources, revisions</translation>
    </message>
    <message>
        <source>create a database (with the bundled dataset unless --empty)</source>
        <translation>create a database (with the bundled dataset unless --empty)</translation>
    </message>
    <message>
        <source>language of the output (default: the system&apos;s)</source>
        <translation>language of the output (default: the system&apos;s)</translation>
    </message>
    <message>
        <source>help for a command: chiso report --help</source>
        <translation>help for a command: chiso report --help</translation>
    </message>
    <message>
        <source>the version of Chỉ Số</source>
        <translation>the version of Chỉ Số</translation>
    </message>
    <message>
        <source>window: open on this month</source>
        <translation>window: open on this month</translation>
    </message>
    <message>
        <source>--screenshot &lt;file.png&gt;</source>
        <translation>--screenshot &lt;file.png&gt;</translation>
    </message>
    <message>
        <source>Usage: chiso [command] [options]</source>
        <translation>Usage: chiso [command] [options]</translation>
    </message>
    <message>
        <source>Chỉ Số: the monthly key indicators of the information and communications sector, checked against the plan, last year and other sources.</source>
        <translation>Chỉ Số: the monthly key indicators of the information and communications sector, checked against the plan, last year and other sources.</translation>
    </message>
    <message>
        <source>Without a command, opens the desktop window; on a machine with no display, prints the report for the latest month and writes its briefing PDF.</source>
        <translation>Without a command, opens the desktop window; on a machine with no display, prints the report for the latest month and writes its briefing PDF.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Percentage points beyond a stated share&apos;s rounding before it is a finding (default %1).</source>
        <translation>Percentage points beyond a stated share&apos;s rounding before it is a finding (default %1).</translation>
    </message>
    <message>
        <source>The same for a stated growth rate (default %1).</source>
        <translation>The same for a stated growth rate (default %1).</translation>
    </message>
    <message>
        <source>Per cent by which two sources may differ (default %1).</source>
        <translation>Per cent by which two sources may differ (default %1).</translation>
    </message>
    <message>
        <source>Per cent by which a month alone may differ from the year-to-date difference (default %1).</source>
        <translation>Per cent by which a month alone may differ from the year-to-date difference (default %1).</translation>
    </message>
    <message>
        <source>Import figures from CSV files or Excel workbooks (the format is in README.md). Each file is one transaction: any bad line or conflict leaves the database unchanged.</source>
        <translation>Import figures from CSV files or Excel workbooks (the format is in README.md). Each file is one transaction: any bad line or conflict leaves the database unchanged.</translation>
    </message>
    <message>
        <source>Output format: csv, or xlsx (the KPI table and every figure; needs -o).</source>
        <translation>Output format: csv, or xlsx (the KPI table and every figure; needs -o).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: export writes csv or xlsx.</source>
        <translation>Unknown format &apos;%1&apos;: export writes csv or xlsx.</translation>
    </message>
    <message>
        <source>An Excel workbook needs a file: add -o FILE.xlsx.</source>
        <translation>An Excel workbook needs a file: add -o FILE.xlsx.</translation>
    </message>
    <message>
        <source>Write the monthly form as an Excel workbook: a row per indicator, the period and source cells at the top. Fill it in and import it.</source>
        <translation>Write the monthly form as an Excel workbook: a row per indicator, the period and source cells at the top. Fill it in and import it.</translation>
    </message>
    <message>
        <source>The workbook to write.</source>
        <translation>The workbook to write.</translation>
    </message>
    <message>
        <source>Give --year, --month and -o FILE.xlsx.</source>
        <translation>Give --year, --month and -o FILE.xlsx.</translation>
    </message>
    <message>
        <source>Wrote the form for %1 to %2.</source>
        <translation>Wrote the form for %1 to %2.</translation>
    </message>
    <message>
        <source>import figures from CSV files or Excel workbooks</source>
        <translation>import figures from CSV files or Excel workbooks</translation>
    </message>
    <message>
        <source>export every figure with its source as CSV or Excel</source>
        <translation>export every figure with its source as CSV or Excel</translation>
    </message>
    <message>
        <source>the monthly form as an Excel workbook, to fill in and import</source>
        <translation>the monthly form as an Excel workbook, to fill in and import</translation>
    </message>
    <message>
        <source>--%1 expects a number from 0 to 100; found &apos;%2&apos;.</source>
        <translation>--%1 expects a number from 0 to 100; found &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--tolerance expects percentage points from 0 to 100, such as 2; found &apos;%1&apos;.</source>
        <translation>--tolerance expects percentage points from 0 to 100, such as 2; found &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, each side from %1 to %2, such as 1400x900; found &apos;%3&apos;.</source>
        <translation>--size expects WIDTHxHEIGHT in pixels, each side from %1 to %2, such as 1400x900; found &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: there is not enough memory to render the window at %2×%3 pixels.</source>
        <translation>Cannot write %1: there is not enough memory to render the window at %2×%3 pixels.</translation>
    </message>
    <message numerus="yes">
        <source>Sent the briefing for %1 (%n page(s)) to the printer %2</source>
        <translation>
            <numerusform>Sent the briefing for %1 (%n page) to the printer %2</numerusform>
            <numerusform>Sent the briefing for %1 (%n pages) to the printer %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the briefing on the default printer, or on the printer named (a CUPS queue); no PDF is written unless -o is given too.</source>
        <translation>Print the briefing on the default printer, or on the printer named (a CUPS queue); no PDF is written unless -o is given too.</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>With --print: the number of copies, 1 to 999.</source>
        <translation>With --print: the number of copies, 1 to 999.</translation>
    </message>
    <message>
        <source>With --print: on both sides of the sheet, where the printer can.</source>
        <translation>With --print: on both sides of the sheet, where the printer can.</translation>
    </message>
    <message>
        <source>--copies and --duplex go with --print.</source>
        <translation>--copies and --duplex go with --print.</translation>
    </message>
    <message>
        <source>--copies expects a number from 1 to 999; found &apos;%1&apos;.</source>
        <translation>--copies expects a number from 1 to 999; found &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the standard output: %1</source>
        <translation>Cannot write the standard output: %1</translation>
    </message>
    <message>
        <source>--region expects a region code of letters and digits such as VN; found &apos;%1&apos;.</source>
        <translation>--region expects a region code of letters and digits such as VN; found &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds no figures for region %1. Regions with figures: %2.</source>
        <translation>The database holds no figures for region %1. Regions with figures: %2.</translation>
    </message>
    <message>
        <source>Only the figures of this region (default: every region).</source>
        <translation>Only the figures of this region (default: every region).</translation>
    </message>
    <message>
        <source>--region &lt;code&gt;</source>
        <translation>--region &lt;code&gt;</translation>
    </message>
    <message>
        <source>the region to show, in the window and every command (default VN)</source>
        <translation>the region to show, in the window and every command (default VN)</translation>
    </message>
    <message>
        <source>Instead of the errors: the share of past outturns inside each method&apos;s 80% and 95% intervals, per group of cut-offs.</source>
        <translation>Instead of the errors: the share of past outturns inside each method&apos;s 80% and 95% intervals, per group of cut-offs.</translation>
    </message>
    <message>
        <source>No figures for %1: there is nothing to brief.</source>
        <translation>No figures for %1: there is nothing to brief.</translation>
    </message>
    <message>
        <source>The latest month with figures is %1.</source>
        <translation>The latest month with figures is %1.</translation>
    </message>
    <message>
        <source>Expected: chiso %1 %2; found &apos;%3&apos;.</source>
        <translation>Expected: chiso %1 %2; found &apos;%3&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ready: schema version %2, %n indicator(s), </source>
        <translation>
            <numerusform>%1 is ready: schema version %2, %n indicator, </numerusform>
            <numerusform>%1 is ready: schema version %2, %n indicators, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s).</source>
        <translation>
            <numerusform>%n figure.</numerusform>
            <numerusform>%n figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>copy: copy a whole database (figures, plans, stated figures, sources, entries, acknowledgements) from a file or server into a new file or an empty server database, in one transaction.</source>
        <translation>copy: copy a whole database (figures, plans, stated figures, sources, entries, acknowledgements) from a file or server into a new file or an empty server database, in one transaction.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>The database to copy: a file or postgresql://…</source>
        <translation>The database to copy: a file or postgresql://…</translation>
    </message>
    <message>
        <source>Where to copy it: a new file or an empty postgresql://… database.</source>
        <translation>Where to copy it: a new file or an empty postgresql://… database.</translation>
    </message>
    <message>
        <source>chiso db copy needs --from DATABASE and --to DATABASE.</source>
        <translation>chiso db copy needs --from DATABASE and --to DATABASE.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n row(s).</source>
        <translation>
            <numerusform>Copied %1 to %2: %n row.</numerusform>
            <numerusform>Copied %1 to %2: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare a PostgreSQL database (--db postgresql://USER@HOST/DATABASE)</source>
        <translation>prepare a PostgreSQL database (--db postgresql://USER@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>copy a whole database: --from DATABASE --to DATABASE</source>
        <translation>copy a whole database: --from DATABASE --to DATABASE</translation>
    </message>
    <message>
        <source>--db &lt;file|postgresql://…&gt;</source>
        <translation>--db &lt;file|postgresql://…&gt;</translation>
    </message>
    <message>
        <source>use this database file or server instead of your default database</source>
        <translation>use this database file or server instead of your default database</translation>
    </message>
    <message>
        <source>No serif face with every Vietnamese letter is installed (Debian: fonts-liberation2): the briefing is set in %1.</source>
        <translation>No serif face with every Vietnamese letter is installed (Debian: fonts-liberation2): the briefing is set in %1.</translation>
    </message>
    <message>
        <source>The typeface: sans (DejaVu Sans, the default) or serif (Liberation Serif, as administrative documents use Times New Roman).</source>
        <translation>The typeface: sans (DejaVu Sans, the default) or serif (Liberation Serif, as administrative documents use Times New Roman).</translation>
    </message>
    <message>
        <source>--face expects sans or serif; found &apos;%1&apos;.</source>
        <translation>--face expects sans or serif; found &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use the database file or the postgresql://USER@HOST/DATABASE server at &lt;path&gt; instead of your default database.</source>
        <translation>Use the database file or the postgresql://USER@HOST/DATABASE server at &lt;path&gt; instead of your default database.</translation>
    </message>
    <message>
        <source>--password-stdin read an empty line: no password was set.</source>
        <translation>--password-stdin read an empty line: no password was set.</translation>
    </message>
    <message>
        <source>Password for %1 (empty: none): </source>
        <translation>Password for %1 (empty: none): </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>The two passwords differ: nothing was changed.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 has no logins yet but its owner&apos;s: add them with chiso server add-user.</source>
        <translation>%1 has no logins yet but its owner&apos;s: add them with chiso server add-user.</translation>
    </message>
    <message>
        <source>%1 has no rights in %2 any more.</source>
        <translation>%1 has no rights in %2 any more.</translation>
    </message>
    <message>
        <source>--role must be office, unit or reader; found &apos;%1&apos;.</source>
        <translation>--role must be office, unit or reader; found &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 in %3.</source>
        <translation>%1 now has the role %2 in %3.</translation>
    </message>
    <message>
        <source>%1 is now the login of unit %2 in %3.</source>
        <translation>%1 is now the login of unit %2 in %3.</translation>
    </message>
    <message>
        <source>init: prepare a PostgreSQL database for Chỉ Số (the schema and the indicator catalogue in an empty database, or the migrations an older one lacks). Give the server with --db postgresql://USER@HOST[:PORT]/DATABASE; the password comes from ~/.pgpass or PGPASSWORD.
add-user NAME --role office|unit|reader [--region CODE]: give a login rights in the database (a unit&apos;s login writes only its region&apos;s figures, plans and stated figures; a reader reads). remove-user NAME, list-users. Run by an office login; the server enforces the rights.</source>
        <translation>init: prepare a PostgreSQL database for Chỉ Số (the schema and the indicator catalogue in an empty database, or the migrations an older one lacks). Give the server with --db postgresql://USER@HOST[:PORT]/DATABASE; the password comes from ~/.pgpass or PGPASSWORD.
add-user NAME --role office|unit|reader [--region CODE]: give a login rights in the database (a unit&apos;s login writes only its region&apos;s figures, plans and stated figures; a reader reads). remove-user NAME, list-users. Run by an office login; the server enforces the rights.</translation>
    </message>
    <message>
        <source>init, add-user, remove-user or list-users</source>
        <translation>init, add-user, remove-user or list-users</translation>
    </message>
    <message>
        <source>add-user: office, unit or reader.</source>
        <translation>add-user: office, unit or reader.</translation>
    </message>
    <message>
        <source>add-user: read the login&apos;s password from the first line of standard input (on a terminal it is asked for).</source>
        <translation>add-user: read the login&apos;s password from the first line of standard input (on a terminal it is asked for).</translation>
    </message>
    <message>
        <source>chiso server %1 needs --db postgresql://USER@HOST[:PORT]/DATABASE (a file is created with chiso init, and has no logins).</source>
        <translation>chiso server %1 needs --db postgresql://USER@HOST[:PORT]/DATABASE (a file is created with chiso init, and has no logins).</translation>
    </message>
    <message>
        <source>chiso server add-user needs --role office|unit|reader.</source>
        <translation>chiso server add-user needs --role office|unit|reader.</translation>
    </message>
    <message>
        <source>Every change to a figure, plan, stated figure or acknowledgement, oldest first: when (UTC), by which login (on a file: the operating-system user), what, and the value before and after. On a server the database records it itself, whatever program made the change.</source>
        <translation>Every change to a figure, plan, stated figure or acknowledgement, oldest first: when (UTC), by which login (on a file: the operating-system user), what, and the value before and after. On a server the database records it itself, whatever program made the change.</translation>
    </message>
    <message>
        <source>Only this indicator&apos;s changes (its code).</source>
        <translation>Only this indicator&apos;s changes (its code).</translation>
    </message>
    <message>
        <source>Only this region&apos;s changes.</source>
        <translation>Only this region&apos;s changes.</translation>
    </message>
    <message>
        <source>Only changes from this day on (YYYY-MM-DD, UTC).</source>
        <translation>Only changes from this day on (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>At most this many of the latest changes (default 1000; 0: all).</source>
        <translation>At most this many of the latest changes (default 1000; 0: all).</translation>
    </message>
    <message>
        <source>--since expects a day as YYYY-MM-DD; found &apos;%1&apos;.</source>
        <translation>--since expects a day as YYYY-MM-DD; found &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--limit expects a whole number from 0 up; found &apos;%1&apos;.</source>
        <translation>--limit expects a whole number from 0 up; found &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--indicator: there is no indicator &apos;%1&apos;.</source>
        <translation>--indicator: there is no indicator &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No changes recorded for this choice.</source>
        <translation>No changes recorded for this choice.</translation>
    </message>
    <message>
        <source>give a login rights on a server: NAME --role office|unit|reader [--region CODE]; also remove-user, list-users</source>
        <translation>give a login rights on a server: NAME --role office|unit|reader [--region CODE]; also remove-user, list-users</translation>
    </message>
    <message>
        <source>who changed which figure, when, from what to what</source>
        <translation>who changed which figure, when, from what to what</translation>
    </message>
    <message>
        <source>The login %1 reads only region %2&apos;s figures and the national ones (VN), not region %3&apos;s.</source>
        <translation>The login %1 reads only region %2&apos;s figures and the national ones (VN), not region %3&apos;s.</translation>
    </message>
    <message>
        <source>Receive the monthly form of this unit for --year and --month: a form of another unit or month is refused.</source>
        <translation>Receive the monthly form of this unit for --year and --month: a form of another unit or month is refused.</translation>
    </message>
    <message>
        <source>--unit needs a unit&apos;s code and --year and --month: the form expected.</source>
        <translation>--unit needs a unit&apos;s code and --year and --month: the form expected.</translation>
    </message>
    <message>
        <source>%1: recorded as the submission of %2 for %3.</source>
        <translation>%1: recorded as the submission of %2 for %3.</translation>
    </message>
    <message>
        <source>A reporting unit&apos;s own form: its name and code, last month&apos;s values for reference, each indicator&apos;s definition as a cell comment; imported, it is the unit&apos;s submission for the month.</source>
        <translation>A reporting unit&apos;s own form: its name and code, last month&apos;s values for reference, each indicator&apos;s definition as a cell comment; imported, it is the unit&apos;s submission for the month.</translation>
    </message>
    <message>
        <source>--unit expects a unit&apos;s code, such as 01 or VN (chiso units lists them).</source>
        <translation>--unit expects a unit&apos;s code, such as 01 or VN (chiso units lists them).</translation>
    </message>
    <message>
        <source>There is no unit %1 in %2: chiso units lists the units and their periods.</source>
        <translation>There is no unit %1 in %2: chiso units lists the units and their periods.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>On time this year</source>
        <translation>On time this year</translation>
    </message>
    <message numerus="yes">
        <source> (%n form(s))</source>
        <translation>
            <numerusform> (%n form)</numerusform>
            <numerusform> (%n forms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): </source>
        <translation>
            <numerusform>%n unit: </numerusform>
            <numerusform>%n units: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on time, %2 late, %3 missing. Deadline: %4.</source>
        <translation>%1 on time, %2 late, %3 missing. Deadline: %4.</translation>
    </message>
    <message>
        <source>To chase: %1</source>
        <translation>To chase: %1</translation>
    </message>
    <message>
        <source>The units&apos; monthly forms for a month: submitted on time (when, by whom), late (after the deadline, the given day of the next month) or missing; how complete each is; each unit&apos;s on-time rate this year; who to chase.</source>
        <translation>The units&apos; monthly forms for a month: submitted on time (when, by whom), late (after the deadline, the given day of the next month) or missing; how complete each is; each unit&apos;s on-time rate this year; who to chase.</translation>
    </message>
    <message>
        <source>Forms are due by this day of the next month (1–28; default: the database&apos;s setting, else 5).</source>
        <translation>Forms are due by this day of the next month (1–28; default: the database&apos;s setting, else 5).</translation>
    </message>
    <message>
        <source>Store the day (1–28) as the office&apos;s deadline, for every client of this database.</source>
        <translation>Store the day (1–28) as the office&apos;s deadline, for every client of this database.</translation>
    </message>
    <message>
        <source>--%1 expects a day from 1 to 28, found &apos;%2&apos;.</source>
        <translation>--%1 expects a day from 1 to 28, found &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Give --year and --month.</source>
        <translation>Give --year and --month.</translation>
    </message>
    <message>
        <source>Forms are now due by day %1 of the next month.</source>
        <translation>Forms are now due by day %1 of the next month.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Formed from</source>
        <translation>Formed from</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s).</source>
        <translation>
            <numerusform>%n unit.</numerusform>
            <numerusform>%n units.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the CSV file of units to import: chiso units import FILE</source>
        <translation>Name the CSV file of units to import: chiso units import FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s) added, </source>
        <translation>
            <numerusform>%1: %n unit added, </numerusform>
            <numerusform>%1: %n units added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known and unchanged.</source>
        <translation>
            <numerusform>%n already known and unchanged.</numerusform>
            <numerusform>%n already known and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s); no unit was stored from this file.</source>
        <translation>
            <numerusform>%1: refused, %n problem; no unit was stored from this file.</numerusform>
            <numerusform>%1: refused, %n problems; no unit was stored from this file.</numerusform>
        </translation>
    </message>
    <message>
        <source>import FILE... (nothing: list them)</source>
        <translation>import FILE... (nothing: list them)</translation>
    </message>
    <message>
        <source>Expected: chiso units, or chiso units import FILE; found &apos;%1&apos;.</source>
        <translation>Expected: chiso units, or chiso units import FILE; found &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the reporting units; units import FILE adds the office&apos;s own</source>
        <translation>the reporting units; units import FILE adds the office&apos;s own</translation>
    </message>
    <message>
        <source>a month&apos;s forms: on time, late, missing, complete; who to chase</source>
        <translation>a month&apos;s forms: on time, late, missing, complete; who to chase</translation>
    </message>
    <message>
        <source>Create a separate database of illustrative figures for every province, 2022–2025, that add up to the bundled national figures, with their monthly forms (default: chiso-demo-units.sqlite beside your own database).</source>
        <translation>Create a separate database of illustrative figures for every province, 2022–2025, that add up to the bundled national figures, with their monthly forms (default: chiso-demo-units.sqlite beside your own database).</translation>
    </message>
    <message>
        <source>--demo-units and --empty exclude each other.</source>
        <translation>--demo-units and --empty exclude each other.</translation>
    </message>
    <message>
        <source>The illustrative figures never go into your own database %1: name another with --db.</source>
        <translation>The illustrative figures never go into your own database %1: name another with --db.</translation>
    </message>
    <message>
        <source>Created %1, an illustrative database (not real figures): </source>
        <translation>Created %1, an illustrative database (not real figures): </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of the provinces, </source>
        <translation>
            <numerusform>%n figure of the provinces, </numerusform>
            <numerusform>%n figures of the provinces, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s), </source>
        <translation>
            <numerusform>%n weight, </numerusform>
            <numerusform>%n weights, </numerusform>
        </translation>
    </message>
    <message>
        <source>the provinces added up to the country&apos;s figures, beside the national report</source>
        <translation>the provinces added up to the country&apos;s figures, beside the national report</translation>
    </message>
    <message>
        <source>the households and population the provinces&apos; shares are averaged by; weights import FILE</source>
        <translation>the households and population the provinces&apos; shares are averaged by; weights import FILE</translation>
    </message>
    <message>
        <source>The provinces&apos; figures for a month added up to the country&apos;s (money and counts summed; shares averaged, weighted by households or population: see chiso weights), beside the national figure that was reported. A complete total beyond the tolerance is a finding (chiso check).</source>
        <translation>The provinces&apos; figures for a month added up to the country&apos;s (money and counts summed; shares averaged, weighted by households or population: see chiso weights), beside the national figure that was reported. A complete total beyond the tolerance is a finding (chiso check).</translation>
    </message>
    <message>
        <source>The database holds no national figure: give --year and --month.</source>
        <translation>The database holds no national figure: give --year and --month.</translation>
    </message>
    <message>
        <source>%1: the provinces added up, beside the national report.</source>
        <translation>%1: the provinces added up, beside the national report.</translation>
    </message>
    <message>
        <source>List the weights the provinces&apos; shares are averaged by when they add up (households, population), or import them: chiso weights import FILE (CSV: basis,region,year,value,source_url,source_title; all lines or none; a stored weight of the same basis, unit and year is replaced).</source>
        <translation>List the weights the provinces&apos; shares are averaged by when they add up (households, population), or import them: chiso weights import FILE (CSV: basis,region,year,value,source_url,source_title; all lines or none; a stored weight of the same basis, unit and year is replaced).</translation>
    </message>
    <message>
        <source>Expected: chiso weights, or chiso weights import FILE; found &apos;%1&apos;.</source>
        <translation>Expected: chiso weights, or chiso weights import FILE; found &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s).</source>
        <translation>
            <numerusform>%n weight.</numerusform>
            <numerusform>%n weights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n weight(s) stored.</source>
        <translation>
            <numerusform>%1: %n weight stored.</numerusform>
            <numerusform>%1: %n weights stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s); no weight was stored from this file.</source>
        <translation>
            <numerusform>%1: refused, %n problem; no weight was stored from this file.</numerusform>
            <numerusform>%1: refused, %n problems; no weight was stored from this file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>List the reporting units (the country, the 63 provinces until 30 June 2025, the 34 from 1 July 2025, the units the office added), or add units: chiso units import FILE (CSV: code,name_vi,name_en,kind,valid_from,valid_until,centre_lat,centre_lon,indicators; all lines or none).</source>
        <translation>List the reporting units (the country, the 63 provinces until 30 June 2025, the 34 from 1 July 2025, the units the office added), or add units: chiso units import FILE (CSV: code,name_vi,name_en,kind,valid_from,valid_until,centre_lat,centre_lon,indicators; all lines or none).</translation>
    </message>
    <message>
        <source>Add a section that ranks the provinces and maps them (&quot;By province&quot;).</source>
        <translation>Add a section that ranks the provinces and maps them (&quot;By province&quot;).</translation>
    </message>
    <message>
        <source>With --by-province: the indicator the provinces are ranked on (default revenue).</source>
        <translation>With --by-province: the indicator the provinces are ranked on (default revenue).</translation>
    </message>
    <message>
        <source>--province-indicator goes with --by-province.</source>
        <translation>--province-indicator goes with --by-province.</translation>
    </message>
    <message>
        <source>--province-indicator: there is no indicator &apos;%1&apos; to rank the provinces on; choose one of %2.</source>
        <translation>--province-indicator: there is no indicator &apos;%1&apos; to rank the provinces on; choose one of %2.</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;: choose dashboard, indicator:CODE, overview, table, entry, findings, submissions, history, ranking:CODE, map:CODE, multiples:CODE or gaps:CODE.</source>
        <translation>Unknown view &apos;%1&apos;: choose dashboard, indicator:CODE, overview, table, entry, findings, submissions, history, ranking:CODE, map:CODE, multiples:CODE or gaps:CODE.</translation>
    </message>
    <message>
        <source>window: render a view to PNG and exit (--view dashboard|indicator:CODE|overview|table|entry|findings|submissions|history|addup|ranking:CODE|map:CODE|multiples:CODE|gaps:CODE, --size 1400x900, each side 200 to 10000)</source>
        <translation>window: render a view to PNG and exit (--view dashboard|indicator:CODE|overview|table|entry|findings|submissions|history|addup|ranking:CODE|map:CODE|multiples:CODE|gaps:CODE, --size 1400x900, each side 200 to 10000)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>no form</source>
        <translation>no form</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>approved (locked)</source>
        <translation>approved (locked)</translation>
    </message>
    <message>
        <source>The office&apos;s review of a unit&apos;s monthly form: approve it (the month is then locked: no change to its figures until it is reopened), return it with a comment (the unit sends a new form), or reopen an approved month with the reason. Without an action: the month&apos;s review history.</source>
        <translation>The office&apos;s review of a unit&apos;s monthly form: approve it (the month is then locked: no change to its figures until it is reopened), return it with a comment (the unit sends a new form), or reopen an approved month with the reason. Without an action: the month&apos;s review history.</translation>
    </message>
    <message>
        <source>approve, return or reopen (nothing: the history)</source>
        <translation>approve, return or reopen (nothing: the history)</translation>
    </message>
    <message>
        <source>The unit&apos;s code.</source>
        <translation>The unit&apos;s code.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Why it is returned or reopened (required for those two).</source>
        <translation>Why it is returned or reopened (required for those two).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Expected approve, return or reopen, found &apos;%1&apos;.</source>
        <translation>Expected approve, return or reopen, found &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give --unit, --year and --month.</source>
        <translation>Give --unit, --year and --month.</translation>
    </message>
    <message>
        <source>A return needs --comment: say what the unit should correct.</source>
        <translation>A return needs --comment: say what the unit should correct.</translation>
    </message>
    <message>
        <source>A reopening needs --comment: say why the approved month is reopened.</source>
        <translation>A reopening needs --comment: say why the approved month is reopened.</translation>
    </message>
    <message>
        <source>There was no unit %1 in %2/%3: list the units with chiso units.</source>
        <translation>There was no unit %1 in %2/%3: list the units with chiso units.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2/%3: %4.</source>
        <translation>Unit %1&apos;s form for %2/%3: %4.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>No review yet.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Review: %1 approved, %2 returned, %3 to review.</source>
        <translation>Review: %1 approved, %2 returned, %3 to review.</translation>
    </message>
    <message>
        <source>approve, return or reopen a unit&apos;s monthly form; its review history</source>
        <translation>approve, return or reopen a unit&apos;s monthly form; its review history</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly form(s), </source>
        <translation>
            <numerusform>%n monthly form, </numerusform>
            <numerusform>%n monthly forms, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), with the bundled national figures.</source>
        <translation>
            <numerusform>%n review, with the bundled national figures.</numerusform>
            <numerusform>%n reviews, with the bundled national figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Region code (default VN, the whole country; for a unit&apos;s login, its own region).</source>
        <translation>Region code (default VN, the whole country; for a unit&apos;s login, its own region).</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Share of plan</source>
        <translation>Share of plan</translation>
    </message>
    <message>
        <source>%1 by province, %2: %3</source>
        <translation>%1 by province, %2: %3</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>no figure</translation>
    </message>
    <message>
        <source> (rank %1)</source>
        <translation> (rank %1)</translation>
    </message>
    <message>
        <source>%1 by province, months 1–%2, on one scale</source>
        <translation>%1 by province, months 1–%2, on one scale</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Rank and colour by:</source>
        <translation>Rank and colour by:</translation>
    </message>
    <message>
        <source>Ranking and map</source>
        <translation>Ranking and map</translation>
    </message>
    <message>
        <source>Year to date by province</source>
        <translation>Year to date by province</translation>
    </message>
    <message>
        <source>Reported vs measured</source>
        <translation>Reported vs measured</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Gap, relative</source>
        <translation>Gap, relative</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>No province has both a reported and a measured figure of %1 for %2.</source>
        <translation>No province has both a reported and a measured figure of %1 for %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n province(s) with both a reported and a measured figure of %1 for %2, the largest gap first (measured − reported).</source>
        <translation>
            <numerusform>%n province with both a reported and a measured figure of %1 for %2, the largest gap first (measured − reported).</numerusform>
            <numerusform>%n provinces with both a reported and a measured figure of %1 for %2, the largest gap first (measured − reported).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 provinces have a figure for %3; double-click a province to open it.</source>
        <translation>%1 of %2 provinces have a figure for %3; double-click a province to open it.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not UTF-8 (it looks like UTF-16): save it as UTF-8</source>
        <translation>the file is not UTF-8 (it looks like UTF-16): save it as UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>a quoted field is not closed before the end of the file</translation>
    </message>
    <message>
        <source>a quote appears inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>a quote appears inside an unquoted field (quote the whole field and double the quote)</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field</source>
        <translation>text follows the closing quote of a field</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB: this is not a CSV file of figures</source>
        <translation>the line is longer than %1 MiB: this is not a CSV file of figures</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (it looks like UTF-32): save it as UTF-8</source>
        <translation>the file is not UTF-8 (it looks like UTF-32): save it as UTF-8</translation>
    </message>
    <message>
        <source>the file is a zip archive (an Excel workbook?): name it .xlsx, or save it from Excel as CSV UTF-8</source>
        <translation>the file is a zip archive (an Excel workbook?): name it .xlsx, or save it from Excel as CSV UTF-8</translation>
    </message>
    <message>
        <source>the file holds a NUL byte at line %1, which text never has (damaged, or not a text file): save it again as CSV UTF-8</source>
        <translation>the file holds a NUL byte at line %1, which text never has (damaged, or not a text file): save it again as CSV UTF-8</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(stated %1)</source>
        <translation>(stated %1)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>Stated: %1 of plan</source>
        <translation>Stated: %1 of plan</translation>
    </message>
    <message>
        <source>No plan stated for this year</source>
        <translation>No plan stated for this year</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) to note</source>
        <translation>
            <numerusform>%n figure to note</numerusform>
            <numerusform>%n figures to note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(from the %n-month figure)</source>
        <translation>
            <numerusform>(from the %n-month figure)</numerusform>
            <numerusform>(from the %n-month figure)</numerusform>
        </translation>
    </message>
    <message>
        <source>Year-end forecast: %1</source>
        <translation>Year-end forecast: %1</translation>
    </message>
    <message>
        <source>December forecast: %1</source>
        <translation>December forecast: %1</translation>
    </message>
    <message>
        <source>Click or press Enter for this indicator&apos;s charts</source>
        <translation>Click or press Enter for this indicator&apos;s charts</translation>
    </message>
    <message>
        <source>No figure yet for %1</source>
        <translation>No figure yet for %1</translation>
    </message>
    <message>
        <source>No figure yet in %1</source>
        <translation>No figure yet in %1</translation>
    </message>
    <message>
        <source>Last figure: %1 (%2)</source>
        <translation>Last figure: %1 (%2)</translation>
    </message>
    <message>
        <source>(the plan itself is not stored)</source>
        <translation>(the plan itself is not stored)</translation>
    </message>
    <message>
        <source>No figures yet for %1.</source>
        <translation>No figures yet for %1.</translation>
    </message>
    <message>
        <source>The latest month with figures is %1.</source>
        <translation>The latest month with figures is %1.</translation>
    </message>
    <message>
        <source>No figure or plan of region %1 is known as of %2.</source>
        <translation>No figure or plan of region %1 is known as of %2.</translation>
    </message>
    <message>
        <source>Method: %1. %2</source>
        <translation>Method: %1. %2</translation>
    </message>
    <message>
        <source>Method: least squares on this year&apos;s and last year&apos;s readings, extended to December.</source>
        <translation>Method: least squares on this year&apos;s and last year&apos;s readings, extended to December.</translation>
    </message>
    <message>
        <source>%1 of plan</source>
        <translation>%1 of plan</translation>
    </message>
    <message>
        <source>80%: %1 – %2</source>
        <translation>80%: %1 – %2</translation>
    </message>
    <message>
        <source>chance of reaching the plan %1</source>
        <translation>chance of reaching the plan %1</translation>
    </message>
    <message>
        <source>Bar: %1 of the plan reached</source>
        <translation>Bar: %1 of the plan reached</translation>
    </message>
    <message>
        <source>Thin mark: %1 expected by now</source>
        <translation>Thin mark: %1 expected by now</translation>
    </message>
    <message>
        <source>Thick mark: the plan (100%)</source>
        <translation>Thick mark: the plan (100%)</translation>
    </message>
    <message>
        <source>Pale bar: the forecast, %1 of the plan</source>
        <translation>Pale bar: the forecast, %1 of the plan</translation>
    </message>
    <message>
        <source>%1 vs same period</source>
        <translation>%1 vs same period</translation>
    </message>
    <message>
        <source>%1 so far (blue) and %2 (grey); dotted: the plan</source>
        <translation>%1 so far (blue) and %2 (grey); dotted: the plan</translation>
    </message>
    <message>
        <source>Plan %1: %2 reached</source>
        <translation>Plan %1: %2 reached</translation>
    </message>
    <message>
        <source>Last year&apos;s figure for the same month is not known: the expected pace is the share of the year elapsed (m/12).</source>
        <translation>Last year&apos;s figure for the same month is not known: the expected pace is the share of the year elapsed (m/12).</translation>
    </message>
    <message>
        <source>The expected pace rests on a figure of last year that no source gives, derived from the figures around it (†).</source>
        <translation>The expected pace rests on a figure of last year that no source gives, derived from the figures around it (†).</translation>
    </message>
    <message>
        <source>The expected pace starts from the figure of %1, flagged as a break: no status is drawn from it.</source>
        <translation>The expected pace starts from the figure of %1, flagged as a break: no status is drawn from it.</translation>
    </message>
    <message>
        <source>Share of plan reached minus the share expected by now</source>
        <translation>Share of plan reached minus the share expected by now</translation>
    </message>
    <message>
        <source>Bar: share of the year&apos;s plan reached · thin mark: where it should be by now · thick mark: the plan · pale: the year-end forecast · line at the top right: this year so far against last year</source>
        <translation>Bar: share of the year&apos;s plan reached · thin mark: where it should be by now · thick mark: the plan · pale: the year-end forecast · line at the top right: this year so far against last year</translation>
    </message>
    <message>
        <source>Also given: %1 · shown: %2</source>
        <translation>Also given: %1 · shown: %2</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>Plan %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoUnits</name>
    <message>
        <source>The illustrative figure %1 of %2 for %3 could not be stored.</source>
        <translation>The illustrative figure %1 of %2 for %3 could not be stored.</translation>
    </message>
    <message>
        <source>The illustrative figures could not be stored.</source>
        <translation>The illustrative figures could not be stored.</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>Nothing was undone: %1</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>Monthly figures, %1</source>
        <translation>Monthly figures, %1</translation>
    </message>
    <message>
        <source>Type the year-to-date figure of each indicator for this month (levels: the reading of the month) and, where it changed, the year&apos;s plan. Numbers as you write them in %1. Saved figures are stored as typed in this form, with your name and the time; Ctrl+Z undoes a save.</source>
        <translation>Type the year-to-date figure of each indicator for this month (levels: the reading of the month) and, where it changed, the year&apos;s plan. Numbers as you write them in %1. Saved figures are stored as typed in this form, with your name and the time; Ctrl+Z undoes a save.</translation>
    </message>
    <message>
        <source>Vietnamese (2.067.389 or 49,6)</source>
        <translation>Vietnamese (2.067.389 or 49,6)</translation>
    </message>
    <message>
        <source>English (2,067,389 or 49.6)</source>
        <translation>English (2,067,389 or 49.6)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Figure for the month</source>
        <translation>Figure for the month</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Stored now</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan for %1</translation>
    </message>
    <message>
        <source>Plan stored now</source>
        <translation>Plan stored now</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>Expected a number such as 2.067.389 or 49,6</source>
        <translation>Expected a number such as 2.067.389 or 49,6</translation>
    </message>
    <message>
        <source>Expected a number such as 2,067,389 or 49.6</source>
        <translation>Expected a number such as 2,067,389 or 49.6</translation>
    </message>
    <message numerus="yes">
        <source>Save %n figure(s) for %1</source>
        <translation>
            <numerusform>Save %n figure for %1</numerusform>
            <numerusform>Save %n figures for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n figure(s).</source>
        <translation>
            <numerusform>Saved %n figure.</numerusform>
            <numerusform>Saved %n figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: nothing was stored.</source>
        <translation>Not saved: nothing was stored.</translation>
    </message>
    <message>
        <source>plan for %1</source>
        <translation>plan for %1</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Another user</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 since this form read it: it is %4 now.</source>
        <translation>%1 changed %2 at %3 since this form read it: it is %4 now.</translation>
    </message>
    <message>
        <source>%1 removed %2 at %3 since this form read it.</source>
        <translation>%1 removed %2 at %3 since this form read it.</translation>
    </message>
    <message>
        <source>Nothing was saved. Reload to see the figures as they are now (what you typed stays in the form), or overwrite them with yours knowingly.</source>
        <translation>Nothing was saved. Reload to see the figures as they are now (what you typed stays in the form), or overwrite them with yours knowingly.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Use my figures instead</source>
        <translation>Use my figures instead</translation>
    </message>
    <message>
        <source>Records the office&apos;s choice of the figures just saved: every view, report, briefing and forecast then uses them, for everyone.</source>
        <translation>Records the office&apos;s choice of the figures just saved: every view, report, briefing and forecast then uses them, for everyone.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>figure for the month</source>
        <translation>figure for the month</translation>
    </message>
    <message>
        <source>Check these figures</source>
        <translation>Check these figures</translation>
    </message>
    <message>
        <source>These figures stray far from the ones before them:</source>
        <translation>These figures stray far from the ones before them:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Correct them</source>
        <translation>Correct them</translation>
    </message>
    <message>
        <source>%1 shows %2 from %3 (%4)</source>
        <translation>%1 shows %2 from %3 (%4)</translation>
    </message>
    <message>
        <source>Not the ones used, as other sources&apos; outrank them: %1.</source>
        <translation>Not the ones used, as other sources&apos; outrank them: %1.</translation>
    </message>
    <message>
        <source>The figures you saved are now the ones used everywhere (the office&apos;s choice; the detail view can change it).</source>
        <translation>The figures you saved are now the ones used everywhere (the office&apos;s choice; the detail view can change it).</translation>
    </message>
    <message>
        <source>The choice was not stored; the window says why.</source>
        <translation>The choice was not stored; the window says why.</translation>
    </message>
    <message>
        <source>The login %1 stores only region %2&apos;s figures: choose %2 above to enter them. Region %3&apos;s are shown as they are stored.</source>
        <translation>The login %1 stores only region %2&apos;s figures: choose %2 above to enter them. Region %3&apos;s are shown as they are stored.</translation>
    </message>
    <message>
        <source>The login %1 may only read this database: the figures are shown as they are stored. An office login can give it more rights (chiso server add-user).</source>
        <translation>The login %1 may only read this database: the figures are shown as they are stored. An office login can give it more rights (chiso server add-user).</translation>
    </message>
</context>
<context>
    <name>EntryChecks</name>
    <message>
        <source>%1× larger than %2 (%3)</source>
        <translation>%1× larger than %2 (%3)</translation>
    </message>
    <message>
        <source>%1× smaller than %2 (%3)</source>
        <translation>%1× smaller than %2 (%3)</translation>
    </message>
    <message>
        <source>nothing, against %1 (%2)</source>
        <translation>nothing, against %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is %3. Check the digits and separators before saving.</source>
        <translation>%1: %2 is %3. Check the digits and separators before saving.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 has 3 decimals, but %2 is given in whole numbers; did you mean %3?</source>
        <translation>%1 has 3 decimals, but %2 is given in whole numbers; did you mean %3?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n decimal(s), but %2 is given to %3.</source>
        <translation>
            <numerusform>%1 has %n decimal, but %2 is given to %3.</numerusform>
            <numerusform>%1 has %n decimals, but %2 is given to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureCsv</name>
    <message>
        <source>expected a number, found nothing</source>
        <translation>expected a number, found nothing</translation>
    </message>
    <message>
        <source>expected a number written with &apos;.&apos; as decimal point and no thousands separators (2067389 or 49.6), found &apos;%1&apos;</source>
        <translation>expected a number written with &apos;.&apos; as decimal point and no thousands separators (2067389 or 49.6), found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a number such as 2067389 or 49.6, found &apos;%1&apos;</source>
        <translation>expected a number such as 2067389 or 49.6, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>unknown column; the columns are: %1</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>this column appears twice</translation>
    </message>
    <message>
        <source>the header lacks the column &apos;%1&apos;; a header line is: %2</source>
        <translation>the header lacks the column &apos;%1&apos;; a header line is: %2</translation>
    </message>
    <message>
        <source>the header needs a column &apos;source_url&apos; or &apos;source_title&apos;: every figure needs its source</source>
        <translation>the header needs a column &apos;source_url&apos; or &apos;source_title&apos;: every figure needs its source</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8: save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>the text is not valid UTF-8: save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the line has %1 fields; the header has %2</source>
        <translation>the line has %1 fields; the header has %2</translation>
    </message>
    <message>
        <source>expected value, plan, stated_growth or stated_share, found &apos;%1&apos;</source>
        <translation>expected value, plan, stated_growth or stated_share, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;; known: %2</source>
        <translation>unknown indicator &apos;%1&apos;; known: %2</translation>
    </message>
    <message>
        <source>expected a region code of letters and digits such as VN, found &apos;%1&apos;</source>
        <translation>expected a region code of letters and digits such as VN, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a year from 1900 to 2100, found &apos;%1&apos;</source>
        <translation>expected a year from 1900 to 2100, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a plan is for the whole year: leave the month empty or write 12, found &apos;%1&apos;</source>
        <translation>a plan is for the whole year: leave the month empty or write 12, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a month from 1 to 12 (the year-to-date cut-off), found &apos;%1&apos;</source>
        <translation>expected a month from 1 to 12 (the year-to-date cut-off), found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the number %1 is too large to be a figure of the sector</source>
        <translation>the number %1 is too large to be a figure of the sector</translation>
    </message>
    <message>
        <source>a figure or plan cannot be negative, found %1</source>
        <translation>a figure or plan cannot be negative, found %1</translation>
    </message>
    <message>
        <source>a share in per cent cannot exceed 100, found %1</source>
        <translation>a share in per cent cannot exceed 100, found %1</translation>
    </message>
    <message>
        <source>a fall of more than 100% is impossible, found %1</source>
        <translation>a fall of more than 100% is impossible, found %1</translation>
    </message>
    <message>
        <source>a share of the plan cannot be negative, found %1</source>
        <translation>a share of the plan cannot be negative, found %1</translation>
    </message>
    <message>
        <source>a figure needs its basis: actual, estimate, reported or measured, found &apos;%1&apos;</source>
        <translation>a figure needs its basis: actual, estimate, reported or measured, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only figures (record &apos;value&apos;) have a basis; leave it empty here</source>
        <translation>only figures (record &apos;value&apos;) have a basis; leave it empty here</translation>
    </message>
    <message>
        <source>expected an address starting with http:// or https://, found &apos;%1&apos;</source>
        <translation>expected an address starting with http:// or https://, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>every figure needs its source: give an address or a title</source>
        <translation>every figure needs its source: give an address or a title</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &apos;%1&apos;</source>
        <translation>expected a date as YYYY-MM-DD, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a whole address with a host, such as https://mic.gov.vn/…, found &apos;%1&apos;</source>
        <translation>expected a whole address with a host, such as https://mic.gov.vn/…, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the publication date %1 is in the future</source>
        <translation>the publication date %1 is in the future</translation>
    </message>
    <message>
        <source>the publication date %1 is more than ten years before the plan&apos;s year %2</source>
        <translation>the publication date %1 is more than ten years before the plan&apos;s year %2</translation>
    </message>
    <message>
        <source>the publication date %1 is before the figure&apos;s month %2 began</source>
        <translation>the publication date %1 is before the figure&apos;s month %2 began</translation>
    </message>
    <message>
        <source>the text is %1 characters long; a field holds at most %2 (as an Excel cell does): shorten it, or keep the long text in a document the source points to</source>
        <translation>the text is %1 characters long; a field holds at most %2 (as an Excel cell does): shorten it, or keep the long text in a document the source points to</translation>
    </message>
</context>
<context>
    <name>FigureImporter</name>
    <message>
        <source>The database refused the import: %1</source>
        <translation>The database refused the import: %1</translation>
    </message>
    <message>
        <source>conflict: the stored figure %1 from this source is %2; this file says %3</source>
        <translation>conflict: the stored figure %1 from this source is %2; this file says %3</translation>
    </message>
    <message>
        <source>duplicate row: line %1 already gives %2 from the same source</source>
        <translation>duplicate row: line %1 already gives %2 from the same source</translation>
    </message>
    <message>
        <source>this source is already known with the date %1</source>
        <translation>this source is already known with the date %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line: %1</source>
        <translation>the file is empty; expected a header line: %1</translation>
    </message>
    <message>
        <source>the file has a header but no figures</source>
        <translation>the file has a header but no figures</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer an indicator of this database (another program changed its list): open it again</source>
        <translation>&apos;%1&apos; is no longer an indicator of this database (another program changed its list): open it again</translation>
    </message>
    <message>
        <source>The database refused the import</source>
        <translation>The database refused the import</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>The import could not be saved: %1</translation>
    </message>
    <message>
        <source>your login may not write figures of region %1</source>
        <translation>your login may not write figures of region %1</translation>
    </message>
    <message>
        <source>your login writes only region %1&apos;s figures, not %2</source>
        <translation>your login writes only region %1&apos;s figures, not %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit of this database: list the units with chiso units, add one with chiso units import FILE</source>
        <translation>&apos;%1&apos; is not a unit of this database: list the units with chiso units, add one with chiso units import FILE</translation>
    </message>
    <message>
        <source>in %1 there was no unit %2: the code was %3</source>
        <translation>in %1 there was no unit %2: the code was %3</translation>
    </message>
    <message>
        <source>expected the monthly form of %1 for %2; this file is not a monthly form (chiso template --unit %1)</source>
        <translation>expected the monthly form of %1 for %2; this file is not a monthly form (chiso template --unit %1)</translation>
    </message>
    <message>
        <source>this is the form of the unit %1, not of %2</source>
        <translation>this is the form of the unit %1, not of %2</translation>
    </message>
    <message>
        <source>this is the form of %1, not of %2</source>
        <translation>this is the form of %1, not of %2</translation>
    </message>
    <message>
        <source>a CSV file or a workbook</source>
        <translation>a CSV file or a workbook</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>the disk or device is full</source>
        <translation>the disk or device is full</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>too many levels of symbolic links</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>there is no such file or folder</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>this is a folder</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the program reading the output has closed it</source>
        <translation>the program reading the output has closed it</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>a FIFO (named pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>this is a folder, not a CSV file</source>
        <translation>this is a folder, not a CSV file</translation>
    </message>
    <message>
        <source>this is %1, not a file: import %2</source>
        <translation>this is %1, not a file: import %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Stated share of plan</source>
        <translation>Stated share of plan</translation>
    </message>
    <message>
        <source>Stated growth</source>
        <translation>Stated growth</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Month vs year to date</source>
        <translation>Month vs year to date</translation>
    </message>
    <message>
        <source>Sources differ</source>
        <translation>Sources differ</translation>
    </message>
    <message>
        <source>Reported vs measured</source>
        <translation>Reported vs measured</translation>
    </message>
    <message>
        <source>Break in the series</source>
        <translation>Break in the series</translation>
    </message>
    <message>
        <source>%1, %2: a source states %3 of the plan; %4 against the plan of %5 is %6.</source>
        <translation>%1, %2: a source states %3 of the plan; %4 against the plan of %5 is %6.</translation>
    </message>
    <message>
        <source>%1, %2: a source states growth of %3; %4 against %5 a year earlier is %6 (the stated rate implies a base of %7).</source>
        <translation>%1, %2: a source states growth of %3; %4 against %5 a year earlier is %6 (the stated rate implies a base of %7).</translation>
    </message>
    <message>
        <source>%1, %2: the stated growth of %3 on %4 implies %5 for %6, not the %7 stored: last year&apos;s figure was probably revised.</source>
        <translation>%1, %2: the stated growth of %3 on %4 implies %5 for %6, not the %7 stored: last year&apos;s figure was probably revised.</translation>
    </message>
    <message>
        <source>%1, %2: the month alone is given as %3, but the year-to-date figures differ by %4 (%5 − %6), a gap of %7.</source>
        <translation>%1, %2: the month alone is given as %3, but the year-to-date figures differ by %4 (%5 − %6), a gap of %7.</translation>
    </message>
    <message>
        <source>%1, %2: sources differ: %3 in %4 against %5 in %6 (%7).</source>
        <translation>%1, %2: sources differ: %3 in %4 against %5 in %6 (%7).</translation>
    </message>
    <message>
        <source>%1, %2: reported %3 against %4 measured online.</source>
        <translation>%1, %2: reported %3 against %4 measured online.</translation>
    </message>
    <message>
        <source>%1: from %2 (%3) to %4 (%5), a jump beyond the series&apos; own variation: likely a change of definition.</source>
        <translation>%1: from %2 (%3) to %4 (%5), a jump beyond the series&apos; own variation: likely a change of definition.</translation>
    </message>
    <message>
        <source>No findings: the figures agree with one another.</source>
        <translation>No findings: the figures agree with one another.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), the largest gap first:</source>
        <translation>
            <numerusform>%n finding, the largest gap first:</numerusform>
            <numerusform>%n findings, the largest gap first:</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>What you concluded about this finding:</source>
        <translation>What you concluded about this finding:</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) about %1 as known for the briefing of %2</source>
        <translation>
            <numerusform>%n finding about %1 as known for the briefing of %2</numerusform>
            <numerusform>%n findings about %1 as known for the briefing of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged by %1: %2</source>
        <translation>Acknowledged by %1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Tolerances of the check</source>
        <translation>Tolerances of the check</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>Stated share of plan, beyond its rounding:</source>
        <translation>Stated share of plan, beyond its rounding:</translation>
    </message>
    <message>
        <source>Stated growth, beyond its rounding:</source>
        <translation>Stated growth, beyond its rounding:</translation>
    </message>
    <message>
        <source>Two sources of one figure:</source>
        <translation>Two sources of one figure:</translation>
    </message>
    <message>
        <source>Month alone against the year-to-date difference:</source>
        <translation>Month alone against the year-to-date difference:</translation>
    </message>
    <message>
        <source>Tolerances…</source>
        <translation>Tolerances…</translation>
    </message>
    <message>
        <source>Provinces vs national</source>
        <translation>Provinces vs national</translation>
    </message>
    <message>
        <source>%1, %2: the provinces add up to %3; the national report says %4 (%5).</source>
        <translation>%1, %2: the provinces add up to %3; the national report says %4 (%5).</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>%1 — year-end %2, from figures up to %3</source>
        <translation>%1 — year-end %2, from figures up to %3</translation>
    </message>
    <message>
        <source>No year-to-date figure for %1 yet: no forecast.</source>
        <translation>No year-to-date figure for %1 yet: no forecast.</translation>
    </message>
    <message>
        <source>Year to date: %1; plan for the year: %2.</source>
        <translation>Year to date: %1; plan for the year: %2.</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>none stated</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Year-end</source>
        <translation>Year-end</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>80% interval</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Share of plan</source>
        <translation>Share of plan</translation>
    </message>
    <message>
        <source>Chance of meeting plan</source>
        <translation>Chance of meeting plan</translation>
    </message>
    <message>
        <source>Backtest MAPE (years)</source>
        <translation>Backtest MAPE (years)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>too few past years to size its uncertainty</source>
        <translation>too few past years to size its uncertainty</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Latest reading</translation>
    </message>
    <message>
        <source>December forecast</source>
        <translation>December forecast</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Chance of meeting target</source>
        <translation>Chance of meeting target</translation>
    </message>
    <message>
        <source>Readings used</source>
        <translation>Readings used</translation>
    </message>
    <message>
        <source>Run rate</source>
        <translation>Run rate</translation>
    </message>
    <message>
        <source>Last year&apos;s profile</source>
        <translation>Last year&apos;s profile</translation>
    </message>
    <message>
        <source>Seasonal naive</source>
        <translation>Seasonal naive</translation>
    </message>
    <message>
        <source>Trend, linear</source>
        <translation>Trend, linear</translation>
    </message>
    <message>
        <source>Trend, quadratic</source>
        <translation>Trend, quadratic</translation>
    </message>
    <message>
        <source>Past years&apos; regression</source>
        <translation>Past years&apos; regression</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combination</translation>
    </message>
    <message>
        <source>no figure at the cut-off</source>
        <translation>no figure at the cut-off</translation>
    </message>
    <message>
        <source>needs last year&apos;s same cut-off and total</source>
        <translation>needs last year&apos;s same cut-off and total</translation>
    </message>
    <message>
        <source>needs more cut-offs this year</source>
        <translation>needs more cut-offs this year</translation>
    </message>
    <message>
        <source>needs three past years with this cut-off and the total</source>
        <translation>needs three past years with this cut-off and the total</translation>
    </message>
    <message>
        <source>needs two methods to combine</source>
        <translation>needs two methods to combine</translation>
    </message>
    <message>
        <source>No method can forecast from these figures.</source>
        <translation>No method can forecast from these figures.</translation>
    </message>
    <message>
        <source>Preferred: %1, since too few past years have this cut-off to score the methods.</source>
        <translation>Preferred: %1, since too few past years have this cut-off to score the methods.</translation>
    </message>
    <message>
        <source>Preferred: %1, the only method these figures allow.</source>
        <translation>Preferred: %1, the only method these figures allow.</translation>
    </message>
    <message>
        <source>Chỉ Số — year-end forecasts, as known for the briefing of %1 (region %2)</source>
        <translation>Chỉ Số — year-end forecasts, as known for the briefing of %1 (region %2)</translation>
    </message>
    <message>
        <source>Levels: least squares on the readings of this year and last, extrapolated to December.</source>
        <translation>Levels: least squares on the readings of this year and last, extrapolated to December.</translation>
    </message>
    <message>
        <source>Backtest: what each method would have said at each cut-off of earlier years, against the year&apos;s outturn.</source>
        <translation>Backtest: what each method would have said at each cut-off of earlier years, against the year&apos;s outturn.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>No earlier year has a cut-off and a known total.</source>
        <translation>No earlier year has a cut-off and a known total.</translation>
    </message>
    <message>
        <source>Cells: MAPE (number of past years). MASE: error scaled by the mean change of the yearly totals.</source>
        <translation>Cells: MAPE (number of past years). MASE: error scaled by the mean change of the yearly totals.</translation>
    </message>
    <message numerus="yes">
        <source>interval from %n past case(s)</source>
        <translation>
            <numerusform>interval from %n past case</numerusform>
            <numerusform>interval from %n past cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n indicator(s)</source>
        <translation>
            <numerusform>of %n indicator</numerusform>
            <numerusform>of %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>errors of the methods it combines</source>
        <translation>errors of the methods it combines</translation>
    </message>
    <message>
        <source>at the earlier cut-off %1M</source>
        <translation>at the earlier cut-off %1M</translation>
    </message>
    <message>
        <source>%1–%2M</source>
        <translation>%1–%2M</translation>
    </message>
    <message>
        <source>Calibration: how often the year&apos;s outturn fell inside the intervals each method would have given at the time, over every flow indicator and earlier year.</source>
        <translation>Calibration: how often the year&apos;s outturn fell inside the intervals each method would have given at the time, over every flow indicator and earlier year.</translation>
    </message>
    <message>
        <source>Cut-offs</source>
        <translation>Cut-offs</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Inside 80%</source>
        <translation>Inside 80%</translation>
    </message>
    <message>
        <source>Inside 95%</source>
        <translation>Inside 95%</translation>
    </message>
    <message>
        <source>Without interval</source>
        <translation>Without interval</translation>
    </message>
    <message>
        <source>rests on %1 derived %2</source>
        <comment>periods no source gives, derived</comment>
        <translation>rests on %1 derived %2</translation>
    </message>
    <message>
        <source>Theta method (monthly)</source>
        <translation>Theta method (monthly)</translation>
    </message>
    <message>
        <source>needs every month of last year and of this year so far</source>
        <translation>needs every month of last year and of this year so far</translation>
    </message>
    <message>
        <source>The plan itself</source>
        <translation>The plan itself</translation>
    </message>
    <message>
        <source>no plan for the year</source>
        <translation>no plan for the year</translation>
    </message>
    <message>
        <source>Exponential smoothing, ETS (monthly)</source>
        <translation>Exponential smoothing, ETS (monthly)</translation>
    </message>
    <message>
        <source>needs every month of the two years before this one and of this year so far</source>
        <translation>needs every month of the two years before this one and of this year so far</translation>
    </message>
    <message numerus="yes">
        <source>interval as wide as held its past outturns (%n past check(s))</source>
        <translation>
            <numerusform>interval as wide as held its past outturns (%n past check)</numerusform>
            <numerusform>interval as wide as held its past outturns (%n past checks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferred: %1, its methods weighted by their backtest errors at this cut-off.</source>
        <translation>Preferred: %1, its methods weighted by their backtest errors at this cut-off.</translation>
    </message>
    <message numerus="yes">
        <source>Preferred: %1, the one method whose backtest errors at this cut-off are under half the others&apos; (MAPE %2 over %n past year(s)).</source>
        <translation>
            <numerusform>Preferred: %1, the one method whose backtest errors at this cut-off are under half the others&apos; (MAPE %2 over %n past year).</numerusform>
            <numerusform>Preferred: %1, the one method whose backtest errors at this cut-off are under half the others&apos; (MAPE %2 over %n past years).</numerusform>
        </translation>
    </message>
    <message>
        <source>Seasonal ARIMA, airline model (monthly)</source>
        <translation>Seasonal ARIMA, airline model (monthly)</translation>
    </message>
    <message>
        <source>Intervals: fitted methods from their prediction interval (Student&apos;s t; the theta method from its model of the remaining months&apos; sum, ETS from 1,000 simulated paths of the remaining months, the airline model from its ψ weights); the others from their own errors at this cut-off in past years (Student&apos;s t on the log errors, at the level that held 80 % or 95 % of their past outturns where 19 past cases can tell), or, where this indicator has fewer than two, from those of every flow indicator.</source>
        <translation>Intervals: fitted methods from their prediction interval (Student&apos;s t; the theta method from its model of the remaining months&apos; sum, ETS from 1,000 simulated paths of the remaining months, the airline model from its ψ weights); the others from their own errors at this cut-off in past years (Student&apos;s t on the log errors, at the level that held 80 % or 95 % of their past outturns where 19 past cases can tell), or, where this indicator has fewer than two, from those of every flow indicator.</translation>
    </message>
    <message>
        <source>needs every month of the three years before this one and of this year so far</source>
        <translation>needs every month of the three years before this one and of this year so far</translation>
    </message>
    <message>
        <source>Mean of the monthly models</source>
        <translation>Mean of the monthly models</translation>
    </message>
    <message>
        <source>Preferred: %1: every month is known, and the plain mean of ETS, theta, the seasonal ARIMA and the past years&apos; regression forecasts better than any weighting of them by a few past years.</source>
        <translation>Preferred: %1: every month is known, and the plain mean of ETS, theta, the seasonal ARIMA and the past years&apos; regression forecasts better than any weighting of them by a few past years.</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1%2 pp</source>
        <comment>percentage points: sign, number</comment>
        <translation>%1%2 pp</translation>
    </message>
    <message>
        <source>month %1/%2</source>
        <comment>a month and year</comment>
        <translation>month %1/%2</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>ahead</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>status cannot be judged</comment>
        <translation>n/a</translation>
    </message>
    <message>
        <source>share of the year elapsed (m/12)</source>
        <translation>share of the year elapsed (m/12)</translation>
    </message>
    <message>
        <source>share of last year&apos;s total reached by the same month</source>
        <translation>share of last year&apos;s total reached by the same month</translation>
    </message>
    <message>
        <source>straight path from last December to the target</source>
        <translation>straight path from last December to the target</translation>
    </message>
    <message>
        <source>%1 (stated)</source>
        <comment>a growth rate a source states, not computed</comment>
        <translation>%1 (stated)</translation>
    </message>
    <message>
        <source>day %1 month %2 year %3</source>
        <comment>the administrative date: ngày 29 tháng 11 năm 2026</comment>
        <translation>day %1 month %2 year %3</translation>
    </message>
    <message>
        <source>%1 (m/12 pace)</source>
        <comment>a status measured against the calendar share of the year</comment>
        <translation>%1 (m/12 pace)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <comment>the status&apos;s base figure is flagged as a break</comment>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>M%1</source>
        <comment>a month on a chart&apos;s axis: T1 … T12</comment>
        <translation>M%1</translation>
    </message>
    <message>
        <source>%1 (derived pace)</source>
        <comment>a status measured against last year&apos;s profile with a derived figure in it</comment>
        <translation>%1 (derived pace)</translation>
    </message>
    <message>
        <source>%1: %2, derived as %3 (%4) ÷ (1 %5 %6), the growth stated for %4</source>
        <comment>a figure no source gives, implied by next year&apos;s figure and its stated growth; %5 is + or −</comment>
        <translation>%1: %2, derived as %3 (%4) ÷ (1 %5 %6), the growth stated for %4</translation>
    </message>
    <message>
        <source>%1: %2, derived between %3 and %4 (interpolated)</source>
        <comment>a figure no source gives, interpolated between the year&apos;s neighbouring figures</comment>
        <translation>%1: %2, derived between %3 and %4 (interpolated)</translation>
    </message>
    <message>
        <source>million %1</source>
        <comment>a number in millions, then its unit: 4,25 triệu tỷ đồng</comment>
        <translation>million %1</translation>
    </message>
    <message>
        <source>(m/12 pace)</source>
        <comment>a status measured against the calendar share of the year</comment>
        <translation>(m/12 pace)</translation>
    </message>
    <message>
        <source>(derived pace)</source>
        <comment>a status measured against last year&apos;s profile with a derived figure in it</comment>
        <translation>(derived pace)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Every indicator</source>
        <translation>Every indicator</translation>
    </message>
    <message>
        <source>Only the region shown</source>
        <translation>Only the region shown</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No changes are recorded for this choice.</source>
        <translation>No changes are recorded for this choice.</translation>
    </message>
    <message>
        <source>The latest %1 changes, latest first (chiso history lists them all).</source>
        <translation>The latest %1 changes, latest first (chiso history lists them all).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), latest first.</source>
        <translation>
            <numerusform>%n change, latest first.</numerusform>
            <numerusform>%n changes, latest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>stated growth</source>
        <translation>stated growth</translation>
    </message>
    <message>
        <source>stated share</source>
        <translation>stated share</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>acknowledgement of finding %1</source>
        <translation>acknowledgement of finding %1</translation>
    </message>
    <message>
        <source>source chosen for %1</source>
        <translation>source chosen for %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Import figures</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Cancelled: nothing was stored.</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n problem(s); nothing was stored from this file.</source>
        <translation>
            <numerusform>Refused: %n problem; nothing was stored from this file.</numerusform>
            <numerusform>Refused: %n problems; nothing was stored from this file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n new figure(s); </source>
        <translation>
            <numerusform>Stored %n new figure; </numerusform>
            <numerusform>Stored %n new figures; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored and unchanged.</source>
        <translation>
            <numerusform>%n already stored and unchanged.</numerusform>
            <numerusform>%n already stored and unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import figures from CSV or Excel</source>
        <translation>Import figures from CSV or Excel</translation>
    </message>
    <message>
        <source>A CSV file or Excel workbook in the format of README.md, or a filled-in monthly form</source>
        <translation>A CSV file or Excel workbook in the format of README.md, or a filled-in monthly form</translation>
    </message>
    <message>
        <source>Figures (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Figures (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Figure used for %1 (the office&apos;s choice, for everyone):</source>
        <translation>Figure used for %1 (the office&apos;s choice, for everyone):</translation>
    </message>
    <message>
        <source>The usual order (latest basis, then latest publication)</source>
        <translation>The usual order (latest basis, then latest publication)</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Stated growth</source>
        <translation>Stated growth</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Share of plan</source>
        <translation>Share of plan</translation>
    </message>
    <message>
        <source>Stated share</source>
        <translation>Stated share</translation>
    </message>
    <message>
        <source>Expected pace</source>
        <translation>Expected pace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, %2: other sources give %3</source>
        <translation>%1, %2: other sources give %3</translation>
    </message>
    <message>
        <source>Chỉ Số — key indicators, %1 (region %2)</source>
        <translation>Chỉ Số — key indicators, %1 (region %2)</translation>
    </message>
    <message>
        <source>As known when the briefing for %1 was prepared.</source>
        <translation>As known when the briefing for %1 was prepared.</translation>
    </message>
    <message>
        <source>Growth: against the same cut-off a year earlier; for shares in per cent, the change in percentage points (pp).</source>
        <translation>Growth: against the same cut-off a year earlier; for shares in per cent, the change in percentage points (pp).</translation>
    </message>
    <message>
        <source>Expected pace: share of last year&apos;s total reached by the same month, else m/12; for levels, the straight path from last December to the target. Status tolerance: ±%1 pp.</source>
        <translation>Expected pace: share of last year&apos;s total reached by the same month, else m/12; for levels, the straight path from last December to the target. Status tolerance: ±%1 pp.</translation>
    </message>
    <message>
        <source>No figure for this period.</source>
        <translation>No figure for this period.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <source>Quote: “%1”</source>
        <translation>Quote: “%1”</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Other sources give: %1</source>
        <translation>Other sources give: %1</translation>
    </message>
    <message>
        <source>Derived: no source gives these figures; the database implies them, and growth and pace computed from them carry the mark.</source>
        <translation>Derived: no source gives these figures; the database implies them, and growth and pace computed from them carry the mark.</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>office&apos;s choice</source>
        <translation>office&apos;s choice</translation>
    </message>
    <message>
        <source>later basis</source>
        <translation>later basis</translation>
    </message>
    <message>
        <source>published later</source>
        <translation>published later</translation>
    </message>
    <message>
        <source>more sources</source>
        <translation>more sources</translation>
    </message>
    <message>
        <source>stored first</source>
        <translation>stored first</translation>
    </message>
    <message>
        <source>Used: the office&apos;s choice, by %1 on %2.</source>
        <translation>Used: the office&apos;s choice, by %1 on %2.</translation>
    </message>
    <message>
        <source>Used: its basis (%1) is later than the others&apos;; the office may choose another.</source>
        <translation>Used: its basis (%1) is later than the others&apos;; the office may choose another.</translation>
    </message>
    <message>
        <source>Used: published later than the others; the office may choose another.</source>
        <translation>Used: published later than the others; the office may choose another.</translation>
    </message>
    <message>
        <source>Used: more sources give it; the office may choose another.</source>
        <translation>Used: more sources give it; the office may choose another.</translation>
    </message>
    <message>
        <source>Used: stored first, as nothing else tells the sources apart; the office may choose another.</source>
        <translation>Used: stored first, as nothing else tells the sources apart; the office may choose another.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Only an office login adds reporting units; %1 is not one.</source>
        <translation>Only an office login adds reporting units; %1 is not one.</translation>
    </message>
    <message>
        <source>Only an office login stores the units&apos; weights; %1 is not one.</source>
        <translation>Only an office login stores the units&apos; weights; %1 is not one.</translation>
    </message>
    <message>
        <source>Only an office login acknowledges or reopens a finding; %1 is not one.</source>
        <translation>Only an office login acknowledges or reopens a finding; %1 is not one.</translation>
    </message>
    <message>
        <source>Only an office login chooses which figure is used; %1 is not one.</source>
        <translation>Only an office login chooses which figure is used; %1 is not one.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Chỉ Số</source>
        <translation>About Chỉ Số</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chỉ Số&lt;/b&gt; %1&lt;br&gt;The monthly key indicators of the information and communications sector, checked against the plan, last year and other sources.&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Chỉ Số&lt;/b&gt; %1&lt;br&gt;The monthly key indicators of the information and communications sector, checked against the plan, last year and other sources.&lt;br&gt;Database: %2</translation>
    </message>
    <message>
        <source>Chỉ Số — %1</source>
        <translation>Chỉ Số — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Monthly entry</source>
        <translation>Monthly entry</translation>
    </message>
    <message>
        <source> On-track tolerance ±</source>
        <translation> On-track tolerance ±</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>Percentage points of the plan within which a figure counts as on track</source>
        <translation>Percentage points of the plan within which a figure counts as on track</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Export all figures as CSV…</source>
        <translation>&amp;Export all figures as CSV…</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Export chart as &amp;PNG…</translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG…</source>
        <translation>Export chart as &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copy table</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>Monthly &amp;entry</source>
        <translation>Monthly &amp;entry</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>&amp;Previous month</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>&amp;Next month</translation>
    </message>
    <message>
        <source>&amp;Latest month</source>
        <translation>&amp;Latest month</translation>
    </message>
    <message>
        <source>&amp;About Chỉ Số</source>
        <translation>&amp;About Chỉ Số</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Save chart as SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Export all figures</source>
        <translation>Export all figures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Briefing… (preview and print)</source>
        <translation>&amp;Briefing… (preview and print)</translation>
    </message>
    <message>
        <source>Save briefing as P&amp;DF…</source>
        <translation>Save briefing as P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;KPI table as CSV (Excel)…</source>
        <translation>Export &amp;KPI table as CSV (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Unit name on the briefing…</source>
        <translation>&amp;Unit name on the briefing…</translation>
    </message>
    <message>
        <source>Save briefing</source>
        <translation>Save briefing</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export KPI table</source>
        <translation>Export KPI table</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>The office the briefing comes from:</source>
        <translation>The office the briefing comes from:</translation>
    </message>
    <message>
        <source>Figures to note (%1)</source>
        <translation>Figures to note (%1)</translation>
    </message>
    <message>
        <source>&amp;Figures to note</source>
        <translation>&amp;Figures to note</translation>
    </message>
    <message>
        <source>&amp;Import CSV or Excel…</source>
        <translation>&amp;Import CSV or Excel…</translation>
    </message>
    <message>
        <source>Export table and figures to E&amp;xcel…</source>
        <translation>Export table and figures to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Not stored</translation>
    </message>
    <message>
        <source>The database holds no figures for region %1: choose another region or import its figures.</source>
        <translation>The database holds no figures for region %1: choose another region or import its figures.</translation>
    </message>
    <message numerus="yes">
        <source>Figures as known for the briefing of %1 · %Ln figure(s) stored</source>
        <translation>
            <numerusform>Figures as known for the briefing of %1 · %Ln figure stored</numerusform>
            <numerusform>Figures as known for the briefing of %1 · %Ln figures stored</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Cannot read the database</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>&amp;Open a database file…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Connect to a server…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Open a database file</translation>
    </message>
    <message>
        <source>Chỉ Số databases (*.sqlite);;All files (*)</source>
        <translation>Chỉ Số databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n row(s) of the database at %2; the window shows them now.</source>
        <translation>
            <numerusform>%1 changed %n row of the database at %2; the window shows them now.</numerusform>
            <numerusform>%1 changed %n rows of the database at %2; the window shows them now.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>&amp;Submissions</translation>
    </message>
    <message>
        <source>Provinces added up</source>
        <translation>Provinces added up</translation>
    </message>
    <message>
        <source>Illustrative database: the provinces&apos; figures here are generated, not real. Do not quote them.</source>
        <translation>Illustrative database: the provinces&apos; figures here are generated, not real. Do not quote them.</translation>
    </message>
    <message>
        <source>Provinces &amp;added up</source>
        <translation>Provinces &amp;added up</translation>
    </message>
    <message>
        <source>Briefing in a &amp;serif face (as administrative documents)</source>
        <translation>Briefing in a &amp;serif face (as administrative documents)</translation>
    </message>
    <message>
        <source>Compare provinces</source>
        <translation>Compare provinces</translation>
    </message>
    <message>
        <source>Briefing with a &quot;By &amp;province&quot; section</source>
        <translation>Briefing with a &quot;By &amp;province&quot; section</translation>
    </message>
    <message>
        <source>The provinces ranked and mapped on the indicator chosen in the Compare provinces tab</source>
        <translation>The provinces ranked and mapped on the indicator chosen in the Compare provinces tab</translation>
    </message>
    <message>
        <source>&amp;Compare provinces</source>
        <translation>&amp;Compare provinces</translation>
    </message>
    <message>
        <source>The login %1 may only read this database.</source>
        <translation>The login %1 may only read this database.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No file to write was named: an output file name is needed.</source>
        <translation>No file to write was named: an output file name is needed.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>Cannot write %1: the folder %2 does not exist</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Figures as of:</source>
        <translation>Figures as of:</translation>
    </message>
    <message>
        <source>The month whose briefing you prepare: nothing published later is used.</source>
        <translation>The month whose briefing you prepare: nothing published later is used.</translation>
    </message>
</context>
<context>
    <name>Plugins</name>
    <message>
        <source>Chỉ Số&apos;s part %1 is of another version.</source>
        <translation>Chỉ Số&apos;s part %1 is of another version.</translation>
    </message>
    <message>
        <source>Chỉ Số cannot find its part %1.</source>
        <translation>Chỉ Số cannot find its part %1.</translation>
    </message>
    <message>
        <source>Chỉ Số cannot load its part %1: %2</source>
        <translation>Chỉ Số cannot load its part %1: %2</translation>
    </message>
    <message>
        <source>Reinstalling Chỉ Số should mend it.</source>
        <translation>Reinstalling Chỉ Số should mend it.</translation>
    </message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>No printer is set up on this computer.</translation>
    </message>
    <message>
        <source>There is no default printer; name one of these: %1.</source>
        <translation>There is no default printer; name one of these: %1.</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; the printers are: %2.</source>
        <translation>There is no printer named &apos;%1&apos;; the printers are: %2.</translation>
    </message>
    <message>
        <source>The printer %1 cannot print on both sides of the sheet.</source>
        <translation>The printer %1 cannot print on both sides of the sheet.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the document.</source>
        <translation>The printer %1 did not take the document.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unexpected value after &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>Banner Pages</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Billing information:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Day (06:00 to 17:59)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Hold Indefinitely</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Job Control</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Job priority:</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Night (18:00 to 05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Print Immediately</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Scheduled printing:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Second Shift (16:00 to 23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Specific Time</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Third Shift (00:00 to 07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Top Secret</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Weekend (Saturday to Sunday)</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Authentication Needed</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Authentication needed to use %1 on %2.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>Authentication needed to use %1.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
</context>
<context>
    <name>QPPDOptionsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Page order:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Pages per sheet:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Duplex Settings Conflicts</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Invalid Pages Definition</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>There are conflicts in duplex settings. Do you want to fix them?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Advanced Option Conflicts</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Job Options</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Page Setup Conflicts</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Printer Properties</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>There are conflicts in page setup options. Do you want to fix them?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>There are conflicts in some advanced options. Do you want to fix them?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>There are conflicts in some options. Please fix them.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Long side</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Page Set:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Short side</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>The reporting unit whose figures are shown: VN is the whole country.</source>
        <translation>The reporting unit whose figures are shown: VN is the whole country.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>unit %1&apos;s form for %2/%3 is approved and locked; the office must reopen it first</source>
        <translation>unit %1&apos;s form for %2/%3 is approved and locked; the office must reopen it first</translation>
    </message>
    <message>
        <source>this unit&apos;s form for the month is approved and locked; the office must reopen it first</source>
        <translation>this unit&apos;s form for the month is approved and locked; the office must reopen it first</translation>
    </message>
    <message>
        <source>Nothing was stored: %1.</source>
        <translation>Nothing was stored: %1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 exists already; choose another path or remove it first.</source>
        <translation>%1 exists already; choose another path or remove it first.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The bundled dataset is missing from this build.</source>
        <translation>The bundled dataset is missing from this build.</translation>
    </message>
    <message>
        <source>The bundled dataset could not be loaded: %1</source>
        <translation>The bundled dataset could not be loaded: %1</translation>
    </message>
    <message>
        <source>The indicator catalogue is missing from this build.</source>
        <translation>The indicator catalogue is missing from this build.</translation>
    </message>
    <message>
        <source>The indicator catalogue is damaged at line %1.</source>
        <translation>The indicator catalogue is damaged at line %1.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Chỉ Số (schema %1; this version knows up to %2). Update the application or open another database.</source>
        <translation>This database was written by a newer version of Chỉ Số (schema %1; this version knows up to %2). Update the application or open another database.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with: chiso init --db %1</source>
        <translation>There is no database at %1. Create one with: chiso init --db %1</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 is not a database file.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Cannot configure the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the indicators: %1</source>
        <translation>Cannot read the indicators: %1</translation>
    </message>
    <message>
        <source>Cannot count the figures: %1</source>
        <translation>Cannot count the figures: %1</translation>
    </message>
    <message>
        <source>The database refused an operation: %1</source>
        <translation>The database refused an operation: %1</translation>
    </message>
    <message>
        <source>Cannot read the acknowledgements: %1</source>
        <translation>Cannot read the acknowledgements: %1</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>The database is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was stored. Free some space and try again.</source>
        <translation>The disk is full: nothing was stored. Free some space and try again.</translation>
    </message>
    <message>
        <source>%1 is not a Chỉ Số database: %2</source>
        <translation>%1 is not a Chỉ Số database: %2</translation>
    </message>
    <message>
        <source>it is an empty SQLite database. Create a Chỉ Số database with: chiso init --db PATH</source>
        <translation>it is an empty SQLite database. Create a Chỉ Số database with: chiso init --db PATH</translation>
    </message>
    <message>
        <source>it holds tables of another program (%1). Chỉ Số does not change it; create a database of its own with: chiso init --db PATH</source>
        <translation>it holds tables of another program (%1). Chỉ Số does not change it; create a database of its own with: chiso init --db PATH</translation>
    </message>
    <message>
        <source>it says it is of schema %1, but it lacks %2. Another program has changed it; open a backup or create a new database with: chiso init --db PATH</source>
        <translation>it says it is of schema %1, but it lacks %2. Another program has changed it; open a backup or create a new database with: chiso init --db PATH</translation>
    </message>
    <message>
        <source>%1 is not a Chỉ Số database: the file is empty. Create a database with: chiso init --db PATH</source>
        <translation>%1 is not a Chỉ Số database: the file is empty. Create a database with: chiso init --db PATH</translation>
    </message>
    <message>
        <source>%1 is not a Chỉ Số database: it is not an SQLite file.</source>
        <translation>%1 is not a Chỉ Số database: it is not an SQLite file.</translation>
    </message>
    <message>
        <source>the disk holding %1 is read-only, and SQLite must write its journal beside the database (%2)</source>
        <translation>the disk holding %1 is read-only, and SQLite must write its journal beside the database (%2)</translation>
    </message>
    <message>
        <source>you may not write in the folder %1, and SQLite must write its journal beside the database (%2)</source>
        <translation>you may not write in the folder %1, and SQLite must write its journal beside the database (%2)</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (%2)</source>
        <translation>the disk holding %1 is full (%2)</translation>
    </message>
    <message>
        <source>%1 holds figures already; open it with --db, or choose an empty database.</source>
        <translation>%1 holds figures already; open it with --db, or choose an empty database.</translation>
    </message>
    <message>
        <source>Cannot store the indicator catalogue</source>
        <translation>Cannot store the indicator catalogue</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>The change could not be saved</translation>
    </message>
    <message>
        <source>The server address is not usable: %1. Write it as postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…].</source>
        <translation>The server address is not usable: %1. Write it as postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…].</translation>
    </message>
    <message>
        <source>it holds a password, which every user of this computer could read; put it in ~/.pgpass or PGPASSWORD, or let Chỉ Số ask for it</source>
        <translation>it holds a password, which every user of this computer could read; put it in ~/.pgpass or PGPASSWORD, or let Chỉ Số ask for it</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>it names no host</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>the port must be between 1 and 65535</translation>
    </message>
    <message>
        <source>it names no database after the host</source>
        <translation>it names no database after the host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a setting Chỉ Số knows (only sslmode)</source>
        <translation>&apos;%1&apos; is not a setting Chỉ Số knows (only sslmode)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode must be one of %1</translation>
    </message>
    <message>
        <source>%1 holds sources or acknowledgements already; copy into an empty database.</source>
        <translation>%1 holds sources or acknowledgements already; copy into an empty database.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing of this change was stored. Reconnect and try again.</source>
        <translation>The connection to the database server was lost: nothing of this change was stored. Reconnect and try again.</translation>
    </message>
    <message>
        <source>The database refused an operation</source>
        <translation>The database refused an operation</translation>
    </message>
    <message>
        <source>The server %1 refused the login %2: the password is wrong or missing.</source>
        <translation>The server %1 refused the login %2: the password is wrong or missing.</translation>
    </message>
    <message>
        <source>There is no computer named %1 on the network: check the server&apos;s name.</source>
        <translation>There is no computer named %1 on the network: check the server&apos;s name.</translation>
    </message>
    <message>
        <source>No database server is listening at %1: check the address and the port, or whether the server is running.</source>
        <translation>No database server is listening at %1: check the address and the port, or whether the server is running.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>The server %1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>The server %1 has no database %2.</source>
        <translation>The server %1 has no database %2.</translation>
    </message>
    <message>
        <source>The server %1 knows no login %2.</source>
        <translation>The server %1 knows no login %2.</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Cannot connect to the server %1: %2</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s driver QPSQL is missing (on Debian: apt install libqt6sql6-psql).</source>
        <translation>This installation cannot reach a PostgreSQL server: Qt&apos;s driver QPSQL is missing (on Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Cannot read the schema version</translation>
    </message>
    <message>
        <source>Could not update the database schema</source>
        <translation>Could not update the database schema</translation>
    </message>
    <message>
        <source>Cannot read the tables</source>
        <translation>Cannot read the tables</translation>
    </message>
    <message>
        <source>The database refused to begin a change</source>
        <translation>The database refused to begin a change</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: nothing was stored. Ask its administrator to free some space.</source>
        <translation>The server&apos;s disk is full: nothing was stored. Ask its administrator to free some space.</translation>
    </message>
    <message>
        <source>The server refused: your login may not do this (%1).</source>
        <translation>The server refused: your login may not do this (%1).</translation>
    </message>
    <message>
        <source>it holds no tables yet. Prepare it with: %1</source>
        <translation>it holds no tables yet. Prepare it with: %1</translation>
    </message>
    <message>
        <source>it holds tables of another program (%1). Chỉ Số does not change them; prepare an empty database of its own with: chiso server init --db postgresql://…</source>
        <translation>it holds tables of another program (%1). Chỉ Số does not change them; prepare an empty database of its own with: chiso server init --db postgresql://…</translation>
    </message>
    <message>
        <source>The login %1 may only read %2: nothing was imported. An office login can give it more rights (chiso server add-user).</source>
        <translation>The login %1 may only read %2: nothing was imported. An office login can give it more rights (chiso server add-user).</translation>
    </message>
    <message>
        <source>%1 is a file: a file has no logins, whoever may open it may change it. Logins and rights are a server&apos;s (postgresql://…).</source>
        <translation>%1 is a file: a file has no logins, whoever may open it may change it. Logins and rights are a server&apos;s (postgresql://…).</translation>
    </message>
    <message>
        <source>A login needs a name.</source>
        <translation>A login needs a name.</translation>
    </message>
    <message>
        <source>A unit&apos;s login needs its region: --region CODE.</source>
        <translation>A unit&apos;s login needs its region: --region CODE.</translation>
    </message>
    <message>
        <source>Only a unit&apos;s login has a region; an office login or a reader reads every region.</source>
        <translation>Only a unit&apos;s login has a region; an office login or a reader reads every region.</translation>
    </message>
    <message>
        <source>Cannot read the login&apos;s rights</source>
        <translation>Cannot read the login&apos;s rights</translation>
    </message>
    <message>
        <source>Cannot encrypt the password: %1</source>
        <translation>Cannot encrypt the password: %1</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>%1 changed %2 since you read it: it is %3 now (%4). Nothing was saved; reload to see it, or save again to overwrite it knowingly.</source>
        <translation>%1 changed %2 since you read it: it is %3 now (%4). Nothing was saved; reload to see it, or save again to overwrite it knowingly.</translation>
    </message>
    <message>
        <source>%1 removed %2 since you read it (%3). Nothing was saved; reload to see it, or save again to overwrite it knowingly.</source>
        <translation>%1 removed %2 since you read it (%3). Nothing was saved; reload to see it, or save again to overwrite it knowingly.</translation>
    </message>
    <message>
        <source>%1 acknowledged this finding at %2 since you read it: &quot;%3&quot;. Nothing was changed; look at it again first.</source>
        <translation>%1 acknowledged this finding at %2 since you read it: &quot;%3&quot;. Nothing was changed; look at it again first.</translation>
    </message>
    <message>
        <source>Someone reopened this finding since you read it. Nothing was changed; look at it again first.</source>
        <translation>Someone reopened this finding since you read it. Nothing was changed; look at it again first.</translation>
    </message>
    <message>
        <source>The bundled list of units (%1) is damaged at line %2.</source>
        <translation>The bundled list of units (%1) is damaged at line %2.</translation>
    </message>
    <message>
        <source>The bundled list of units (%1) is missing from this build.</source>
        <translation>The bundled list of units (%1) is missing from this build.</translation>
    </message>
    <message>
        <source>Cannot store the units</source>
        <translation>Cannot store the units</translation>
    </message>
    <message>
        <source>Cannot read the units</source>
        <translation>Cannot read the units</translation>
    </message>
    <message>
        <source>Cannot read the submissions</source>
        <translation>Cannot read the submissions</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>Cannot read the settings</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while it was storing the change: it may have been stored or not. Look at the database (chiso history) before trying again.</source>
        <translation>The connection to the database server was lost while it was storing the change: it may have been stored or not. Look at the database (chiso history) before trying again.</translation>
    </message>
    <message>
        <source>%1 chose the figure of %2 at %3 since you read it. Nothing was changed; look at it again first.</source>
        <translation>%1 chose the figure of %2 at %3 since you read it. Nothing was changed; look at it again first.</translation>
    </message>
    <message>
        <source>Someone removed the choice of this figure since you read it. Nothing was changed; look at it again first.</source>
        <translation>Someone removed the choice of this figure since you read it. Nothing was changed; look at it again first.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2/%3 is approved and locked; the office must reopen it first.</source>
        <translation>Unit %1&apos;s form for %2/%3 is approved and locked; the office must reopen it first.</translation>
    </message>
    <message>
        <source>Cannot read the reviews</source>
        <translation>Cannot read the reviews</translation>
    </message>
    <message>
        <source>Only an office login may approve, return or reopen a unit&apos;s form; %1 is not one.</source>
        <translation>Only an office login may approve, return or reopen a unit&apos;s form; %1 is not one.</translation>
    </message>
    <message>
        <source>Say why unit %1&apos;s form for %2 is returned: a return needs a comment.</source>
        <translation>Say why unit %1&apos;s form for %2 is returned: a return needs a comment.</translation>
    </message>
    <message>
        <source>Say why unit %1&apos;s form for %2 is reopened: a reopening needs a reason.</source>
        <translation>Say why unit %1&apos;s form for %2 is reopened: a reopening needs a reason.</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>Unit %1 has sent no form for %2: there is nothing to %3.</source>
        <translation>Unit %1 has sent no form for %2: there is nothing to %3.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2 was returned and no new form has come since: there is nothing to %3.</source>
        <translation>Unit %1&apos;s form for %2 was returned and no new form has come since: there is nothing to %3.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2 is approved already.</source>
        <translation>Unit %1&apos;s form for %2 is approved already.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2 is approved and locked: reopen it first, saying why, then return it.</source>
        <translation>Unit %1&apos;s form for %2 is approved and locked: reopen it first, saying why, then return it.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2 is not approved: there is nothing to reopen.</source>
        <translation>Unit %1&apos;s form for %2 is not approved: there is nothing to reopen.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 stopped answering (silent for %Ln seconds, and it takes no new connection); nothing of this change was stored. Reconnect and try again.</source>
        <translation>
            <numerusform>The server %1 stopped answering (silent for %Ln second, and it takes no new connection); nothing of this change was stored. Reconnect and try again.</numerusform>
            <numerusform>The server %1 stopped answering (silent for %Ln seconds, and it takes no new connection); nothing of this change was stored. Reconnect and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server %1 does not let the login %2 in: it knows no such login, or does not let it connect from this computer.</source>
        <translation>The server %1 does not let the login %2 in: it knows no such login, or does not let it connect from this computer.</translation>
    </message>
    <message>
        <source>The database name %1 takes %2 bytes; Chỉ Số names the server&apos;s roles for its logins after it, and allows at most %3 (a Vietnamese letter with a mark takes 2 or 3). Create the database under a shorter name.</source>
        <translation>The database name %1 takes %2 bytes; Chỉ Số names the server&apos;s roles for its logins after it, and allows at most %3 (a Vietnamese letter with a mark takes 2 or 3). Create the database under a shorter name.</translation>
    </message>
    <message>
        <source>%1 holds a history of changes already; copy into an empty database.</source>
        <translation>%1 holds a history of changes already; copy into an empty database.</translation>
    </message>
    <message>
        <source>Only the owner of the tables of %1 (%2) may copy a database onto it: the copy brings its history of changes, which no other login may write.</source>
        <translation>Only the owner of the tables of %1 (%2) may copy a database onto it: the copy brings its history of changes, which no other login may write.</translation>
    </message>
    <message>
        <source>The server %1 does not offer encrypted connections (SSL), and the address asks for one (sslmode=%2): ask its administrator to turn SSL on, or leave sslmode out on a network you trust.</source>
        <translation>The server %1 does not offer encrypted connections (SSL), and the address asks for one (sslmode=%2): ask its administrator to turn SSL on, or leave sslmode out on a network you trust.</translation>
    </message>
    <message>
        <source>The server %1&apos;s certificate could not be checked (sslmode=%2): %3</source>
        <translation>The server %1&apos;s certificate could not be checked (sslmode=%2): %3</translation>
    </message>
    <message>
        <source>%1 owns the tables of %2 or is a superuser: it is the office by what it is, and no role here gives or takes its rights.</source>
        <translation>%1 owns the tables of %2 or is a superuser: it is the office by what it is, and no role here gives or takes its rights.</translation>
    </message>
    <message>
        <source>%1 is not a reporting unit of %2: chiso units lists them, and chiso units import adds the office&apos;s own.</source>
        <translation>%1 is not a reporting unit of %2: chiso units lists them, and chiso units import adds the office&apos;s own.</translation>
    </message>
    <message>
        <source>%1 has no rights in %2 to take away: chiso server list-users lists the logins that have.</source>
        <translation>%1 has no rights in %2 to take away: chiso server list-users lists the logins that have.</translation>
    </message>
    <message>
        <source>%1 needs its schema updated from version %2 to %3, which only the owner of its tables (%4) may do: ask them to open it once, or to run chiso server init --db %1.</source>
        <translation>%1 needs its schema updated from version %2 to %3, which only the owner of its tables (%4) may do: ask them to open it once, or to run chiso server init --db %1.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Copy the units to chase</source>
        <translation>Copy the units to chase</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>On time this year</source>
        <translation>On time this year</translation>
    </message>
    <message>
        <source>%1: %2 on time, %3 late, %4 missing (due by %5).</source>
        <translation>%1: %2 on time, %3 late, %4 missing (due by %5).</translation>
    </message>
    <message>
        <source>● to review</source>
        <translation>● to review</translation>
    </message>
    <message>
        <source>↩ returned</source>
        <translation>↩ returned</translation>
    </message>
    <message>
        <source>✔ approved (locked)</source>
        <translation>✔ approved (locked)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Review: %1 approved, %2 returned, %3 to review.</source>
        <translation>Review: %1 approved, %2 returned, %3 to review.</translation>
    </message>
    <message>
        <source>Only an office login reviews the units&apos; forms; %1 is not one.</source>
        <translation>Only an office login reviews the units&apos; forms; %1 is not one.</translation>
    </message>
    <message>
        <source>Select a unit first.</source>
        <translation>Select a unit first.</translation>
    </message>
    <message>
        <source>No form has come for this month.</source>
        <translation>No form has come for this month.</translation>
    </message>
    <message>
        <source>The form was returned; no new form has come since.</source>
        <translation>The form was returned; no new form has come since.</translation>
    </message>
    <message>
        <source>The month is approved and locked: reopen it first.</source>
        <translation>The month is approved and locked: reopen it first.</translation>
    </message>
    <message>
        <source>Only an approved month can be reopened.</source>
        <translation>Only an approved month can be reopened.</translation>
    </message>
    <message>
        <source>Select a unit to see its review.</source>
        <translation>Select a unit to see its review.</translation>
    </message>
    <message>
        <source>Review of %1 (%2), %3:</source>
        <translation>Review of %1 (%2), %3:</translation>
    </message>
    <message>
        <source>Return the form</source>
        <translation>Return the form</translation>
    </message>
    <message>
        <source>What should %1 correct? (required)</source>
        <translation>What should %1 correct? (required)</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>Reopen the month</translation>
    </message>
    <message>
        <source>Why is the approved month of %1 reopened? (required, kept in its review)</source>
        <translation>Why is the approved month of %1 reopened? (required, kept in its review)</translation>
    </message>
    <message>
        <source>Nothing was stored: a comment is required.</source>
        <translation>Nothing was stored: a comment is required.</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Who changed these figures…</source>
        <translation>Who changed these figures…</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
    <message>
        <source>expected a code of 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; such as BTC or VNPT, found &apos;%1&apos;</source>
        <translation>expected a code of 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; such as BTC or VNPT, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the unit&apos;s Vietnamese name is missing</source>
        <translation>the unit&apos;s Vietnamese name is missing</translation>
    </message>
    <message>
        <source>the unit&apos;s English name is missing</source>
        <translation>the unit&apos;s English name is missing</translation>
    </message>
    <message>
        <source>expected country, province or other, found &apos;%1&apos;</source>
        <translation>expected country, province or other, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the unit ends (%1) before it begins (%2)</source>
        <translation>the unit ends (%1) before it begins (%2)</translation>
    </message>
    <message>
        <source>give both centre_lat and centre_lon, or neither</source>
        <translation>give both centre_lat and centre_lon, or neither</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8: save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>the text is not valid UTF-8: save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD from 1900 to 2100, or nothing for an open end, found &apos;%1&apos;</source>
        <translation>expected a date YYYY-MM-DD from 1900 to 2100, or nothing for an open end, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected degrees from %1 to %2 with &apos;.&apos; as decimal point, found &apos;%3&apos;</source>
        <translation>expected degrees from %1 to %2 with &apos;.&apos; as decimal point, found &apos;%3&apos;</translation>
    </message>
    <message>
        <source>units are imported from CSV: save the sheet as &quot;CSV UTF-8&quot;</source>
        <translation>units are imported from CSV: save the sheet as &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>unknown column; the columns are: %1</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>this column appears twice</translation>
    </message>
    <message>
        <source>the header lacks the column &apos;%1&apos;; a header line is: %2</source>
        <translation>the header lacks the column &apos;%1&apos;; a header line is: %2</translation>
    </message>
    <message>
        <source>the line has %1 fields; the header has %2</source>
        <translation>the line has %1 fields; the header has %2</translation>
    </message>
    <message>
        <source>the code %1 is already the unit &apos;%2&apos; (%3); a unit of this code from %4 would overlap it: choose another code or period</source>
        <translation>the code %1 is already the unit &apos;%2&apos; (%3); a unit of this code from %4 would overlap it: choose another code or period</translation>
    </message>
    <message>
        <source>line %1 already gives a unit of code %2 for this period</source>
        <translation>line %1 already gives a unit of code %2 for this period</translation>
    </message>
    <message>
        <source>the file is empty; the first line is the header: %1</source>
        <translation>the file is empty; the first line is the header: %1</translation>
    </message>
    <message>
        <source>the file holds only its header: no unit to import</source>
        <translation>the file holds only its header: no unit to import</translation>
    </message>
    <message>
        <source>expected the codes of indicators the unit reports, separated by spaces (such as revenue workforce), found &apos;%1&apos;</source>
        <translation>expected the codes of indicators the unit reports, separated by spaces (such as revenue workforce), found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a CSV file of units</source>
        <translation>a CSV file of units</translation>
    </message>
</context>
<context>
    <name>UnitSeries</name>
    <message>
        <source>%1 %2: no sum, as %3 of the old units %4 gave no figure.</source>
        <translation>%1 %2: no sum, as %3 of the old units %4 gave no figure.</translation>
    </message>
    <message>
        <source>Chỉ Số: sum of the old units %1</source>
        <translation>Chỉ Số: sum of the old units %1</translation>
    </message>
    <message>
        <source>%1 before %2: the catalogue says nothing to weight the old units %3 by: no value is shown.</source>
        <translation>%1 before %2: the catalogue says nothing to weight the old units %3 by: no value is shown.</translation>
    </message>
    <message>
        <source>%1 before %2: the old units %3 are combined by a mean weighted by their %4, and the database holds none for %5: no value is shown.</source>
        <translation>%1 before %2: the old units %3 are combined by a mean weighted by their %4, and the database holds none for %5: no value is shown.</translation>
    </message>
    <message>
        <source>Chỉ Số: mean of the old units %1 weighted by %2</source>
        <translation>Chỉ Số: mean of the old units %1 weighted by %2</translation>
    </message>
</context>
<context>
    <name>WeightImporter</name>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>unknown column; the columns are: %1</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>this column appears twice</translation>
    </message>
    <message>
        <source>the header lacks the column &apos;%1&apos;; a header line is: %2</source>
        <translation>the header lacks the column &apos;%1&apos;; a header line is: %2</translation>
    </message>
    <message>
        <source>the header needs source_url or source_title: every weight says where it comes from</source>
        <translation>the header needs source_url or source_title: every weight says where it comes from</translation>
    </message>
    <message>
        <source>the line has %1 fields; the header has %2</source>
        <translation>the line has %1 fields; the header has %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8: save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>the text is not valid UTF-8: save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>expected one of %1 (what the indicators&apos; shares are weighted by), found &apos;%2&apos;</source>
        <translation>expected one of %1 (what the indicators&apos; shares are weighted by), found &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a year from 1900 to 2100, found &apos;%1&apos;</source>
        <translation>expected a year from 1900 to 2100, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected the code of a unit that existed in %1 (see chiso units), found &apos;%2&apos;</source>
        <translation>expected the code of a unit that existed in %1 (see chiso units), found &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a number above 0 with &apos;.&apos; as decimal point and no thousands separator, found &apos;%1&apos;</source>
        <translation>expected a number above 0 with &apos;.&apos; as decimal point and no thousands separator, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the source is missing: give its address or title</source>
        <translation>the source is missing: give its address or title</translation>
    </message>
    <message>
        <source>line %1 already gives the %2 of %3 in %4</source>
        <translation>line %1 already gives the %2 of %3 in %4</translation>
    </message>
    <message>
        <source>the file is empty; the first line is the header: %1</source>
        <translation>the file is empty; the first line is the header: %1</translation>
    </message>
    <message>
        <source>the file holds only its header: no weight to import</source>
        <translation>the file holds only its header: no weight to import</translation>
    </message>
    <message>
        <source>a CSV file of weights</source>
        <translation>a CSV file of weights</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Create a new database…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Chỉ Số databases (*.sqlite);;All files (*)</source>
        <translation>Chỉ Số databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Create a database</source>
        <translation>Create a database</translation>
    </message>
    <message>
        <source>Chỉ Số databases (*.sqlite)</source>
        <translation>Chỉ Số databases (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>no sheet holds figures: expected a header row with the import columns (record, indicator, …) or the monthly template of &apos;chiso template&apos;</source>
        <translation>no sheet holds figures: expected a header row with the import columns (record, indicator, …) or the monthly template of &apos;chiso template&apos;</translation>
    </message>
    <message>
        <source>a cell stands right of the last column of the header</source>
        <translation>a cell stands right of the last column of the header</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos; has a header but no figures</source>
        <translation>the sheet &apos;%1&apos; has a header but no figures</translation>
    </message>
    <message>
        <source>every figure needs its source: fill in the source cell</source>
        <translation>every figure needs its source: fill in the source cell</translation>
    </message>
    <message>
        <source>unknown indicator code &apos;%1&apos;</source>
        <translation>unknown indicator code &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation>expected a number, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the template holds no figures yet</source>
        <translation>the template holds no figures yet</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx is a zip archive; this file is not one)</source>
        <translation>this is not an Excel workbook (.xlsx is a zip archive; this file is not one)</translation>
    </message>
    <message>
        <source>this zip archive is not an Excel workbook: it has no xl/workbook.xml</source>
        <translation>this zip archive is not an Excel workbook: it has no xl/workbook.xml</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>the workbook has no worksheet</translation>
    </message>
    <message>
        <source>the workbook has no such sheet</source>
        <translation>the workbook has no such sheet</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos; is missing from the workbook</source>
        <translation>the sheet &apos;%1&apos; is missing from the workbook</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Monthly figures of the ICT sector (Chỉ Số form)</source>
        <translation>Monthly figures of the ICT sector (Chỉ Số form)</translation>
    </message>
    <message>
        <source>Period (YYYY-MM)</source>
        <translation>Period (YYYY-MM)</translation>
    </message>
    <message>
        <source>Source (report, office, date)</source>
        <translation>Source (report, office, date)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year to date (levels: the month&apos;s reading)</source>
        <translation>Year to date (levels: the month&apos;s reading)</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>Stated growth, %</source>
        <translation>Stated growth, %</translation>
    </message>
    <message>
        <source>Stated share of plan, %</source>
        <translation>Stated share of plan, %</translation>
    </message>
    <message>
        <source>no workbook is open</source>
        <translation>no workbook is open</translation>
    </message>
    <message>
        <source>the cell holds more than %L1 characters, Excel&apos;s limit for a cell: refused</source>
        <translation>the cell holds more than %L1 characters, Excel&apos;s limit for a cell: refused</translation>
    </message>
    <message>
        <source>row number &apos;%1&apos; is not a row of Excel (1 to %L2)</source>
        <translation>row number &apos;%1&apos; is not a row of Excel (1 to %L2)</translation>
    </message>
    <message>
        <source>the sheet has more than %L1 rows, Excel&apos;s limit: refused</source>
        <translation>the sheet has more than %L1 rows, Excel&apos;s limit: refused</translation>
    </message>
    <message>
        <source>a cell stands beyond Excel&apos;s last column, XFD</source>
        <translation>a cell stands beyond Excel&apos;s last column, XFD</translation>
    </message>
    <message>
        <source>row %L1 holds more than %L2 cells, the columns Excel has: refused</source>
        <translation>row %L1 holds more than %L2 cells, the columns Excel has: refused</translation>
    </message>
    <message>
        <source>the sheet holds more than %L1 cells, the limit for a sheet: refused</source>
        <translation>the sheet holds more than %L1 cells, the limit for a sheet: refused</translation>
    </message>
    <message>
        <source>the cell refers to shared string &apos;%1&apos;: expected its index, a whole number from 0</source>
        <translation>the cell refers to shared string &apos;%1&apos;: expected its index, a whole number from 0</translation>
    </message>
    <message>
        <source>the cell refers to shared string %L1, but the workbook has %L2</source>
        <translation>the cell refers to shared string %L1, but the workbook has %L2</translation>
    </message>
    <message>
        <source>row %L1 holds more than %L2 characters of text, the limit for a row: refused</source>
        <translation>row %L1 holds more than %L2 characters of text, the limit for a row: refused</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is larger than %2 MiB, the limit for it: refused</source>
        <translation>the part %1 of the workbook is larger than %2 MiB, the limit for it: refused</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MiB, the limit for one workbook: refused (at %2)</source>
        <translation>the workbook unpacks to more than %1 MiB, the limit for one workbook: refused (at %2)</translation>
    </message>
    <message>
        <source>%1 holds a single XML tag or text longer than %2 MiB, the limit: refused</source>
        <translation>%1 holds a single XML tag or text longer than %2 MiB, the limit: refused</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings</source>
        <translation>the workbook&apos;s shared strings</translation>
    </message>
    <message>
        <source>the workbook has more than %L1 shared strings, the limit: refused</source>
        <translation>the workbook has more than %L1 shared strings, the limit: refused</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings hold more than %1 MiB of text, the limit (or the temporary file that holds them could not be written): refused</source>
        <translation>the workbook&apos;s shared strings hold more than %1 MiB of text, the limit (or the temporary file that holds them could not be written): refused</translation>
    </message>
    <message>
        <source>shared string %L1 is longer than %L2 characters, Excel&apos;s limit for a cell: refused</source>
        <translation>shared string %L1 is longer than %L2 characters, Excel&apos;s limit for a cell: refused</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos;</source>
        <translation>the sheet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the indicator&apos;s code is missing: its figures cannot be placed</source>
        <translation>the indicator&apos;s code is missing: its figures cannot be placed</translation>
    </message>
    <message>
        <source>expected the period as YYYY-MM, such as 2024-06: the cell is empty</source>
        <translation>expected the period as YYYY-MM, such as 2024-06: the cell is empty</translation>
    </message>
    <message>
        <source>expected the period as YYYY-MM, such as 2024-06, found &apos;%1&apos;</source>
        <translation>expected the period as YYYY-MM, such as 2024-06, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (%2 %3 %4, %5-%6): the %7 has %L8 characters, more than the %L9 a cell of Excel holds; export as CSV to keep it whole</source>
        <translation>%1 (%2 %3 %4, %5-%6): the %7 has %L8 characters, more than the %L9 a cell of Excel holds; export as CSV to keep it whole</translation>
    </message>
    <message>
        <source>pp</source>
        <comment>percentage points, after a number in a spreadsheet cell</comment>
        <translation>pp</translation>
    </message>
    <message>
        <source>expected a region code of letters and digits such as VN, found &apos;%1&apos;</source>
        <translation>expected a region code of letters and digits such as VN, found &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Region (code)</source>
        <translation>Region (code)</translation>
    </message>
    <message>
        <source>Derived figures (†)</source>
        <translation>Derived figures (†)</translation>
    </message>
    <message>
        <source>this form was made for the unit %1, but this cell says %2: each unit fills its own form (chiso template --unit %2)</source>
        <translation>this form was made for the unit %1, but this cell says %2: each unit fills its own form (chiso template --unit %2)</translation>
    </message>
    <message>
        <source>this form was made for %1, but this cell says %2: fill the form of that month (chiso template --unit %3 --year %4 --month %5)</source>
        <translation>this form was made for %1, but this cell says %2: fill the form of that month (chiso template --unit %3 --year %4 --month %5)</translation>
    </message>
    <message>
        <source>%1: the total from 1 January to the end of the month (year to date), in %2. Same period last year: the same months of the year before.</source>
        <translation>%1: the total from 1 January to the end of the month (year to date), in %2. Same period last year: the same months of the year before.</translation>
    </message>
    <message>
        <source>%1: the reading at the end of the month (not a sum), in %2.</source>
        <translation>%1: the reading at the end of the month (not a sum), in %2.</translation>
    </message>
    <message>
        <source>%1: the month&apos;s own value, in %2.</source>
        <translation>%1: the month&apos;s own value, in %2.</translation>
    </message>
    <message>
        <source>Last month (%1), for reference</source>
        <translation>Last month (%1), for reference</translation>
    </message>
</context>
<context>
    <name>chiso::ui::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>as the server prefers</source>
        <translation>as the server prefers</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>empty: from ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Encryption (SSL):</source>
        <translation>Encryption (SSL):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
</TS>
