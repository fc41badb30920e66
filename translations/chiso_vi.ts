<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddingUp</name>
    <message>
        <source>The provinces add up to the country&apos;s figures: choose the region VN to see them.</source>
        <translation>Các tỉnh cộng lại thành số liệu cả nước: chọn địa bàn VN để xem.</translation>
    </message>
    <message>
        <source>%1: no province holds figures for this month.</source>
        <translation>%1: chưa tỉnh nào có số liệu của tháng này.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the provinces&apos; figures added up (money and counts summed, shares averaged by their weights), beside the national report. %n gap(s) beyond the tolerance.</source>
        <translation>
            <numerusform>%1: số liệu các tỉnh cộng lại (tiền và số lượng cộng dồn, tỷ lệ lấy bình quân theo quyền số), đặt cạnh số liệu báo cáo cả nước. %n chênh lệch vượt ngưỡng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chỉ Số: the %n provinces&apos; figures weighted by %1</source>
        <translation>
            <numerusform>Chỉ Số: bình quân %n tỉnh theo quyền số %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chỉ Số: the %n provinces&apos; figures added up</source>
        <translation>
            <numerusform>Chỉ Số: tổng số liệu của %n tỉnh</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Provinces add up to</source>
        <translation>Các tỉnh cộng lại</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Số tỉnh đã tính</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>Báo cáo cả nước</translation>
    </message>
    <message>
        <source>National vs provinces</source>
        <translation>Cả nước so với các tỉnh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>households</source>
        <translation>số hộ gia đình</translation>
    </message>
    <message>
        <source>population</source>
        <translation>dân số</translation>
    </message>
    <message>
        <source>online public services</source>
        <translation>số dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>eligible public services</source>
        <translation>số dịch vụ công đủ điều kiện</translation>
    </message>
    <message>
        <source>beyond the tolerance: a finding</source>
        <translation>vượt ngưỡng: cần lưu ý</translation>
    </message>
    <message>
        <source>no province&apos;s figure</source>
        <translation>chưa tỉnh nào có số liệu</translation>
    </message>
    <message numerus="yes">
        <source>no figure from %n province(s): </source>
        <translation>
            <numerusform>thiếu số liệu của %n tỉnh: </numerusform>
        </translation>
    </message>
    <message>
        <source>no weight (%1): %2</source>
        <translation>thiếu quyền số (%1): %2</translation>
    </message>
    <message>
        <source>weights of %1</source>
        <translation>quyền số năm %1</translation>
    </message>
    <message>
        <source>mean weighted by %1</source>
        <translation>bình quân theo quyền số %1</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>The acknowledgement was not stored: %1</source>
        <translation>Chưa lưu được ghi nhận: %1</translation>
    </message>
    <message>
        <source>The finding was not reopened: %1</source>
        <translation>Chưa mở lại được điểm cần lưu ý: %1</translation>
    </message>
    <message>
        <source>The choice of figure was not stored: %1</source>
        <translation>Lựa chọn số liệu chưa được lưu: %1</translation>
    </message>
    <message>
        <source>The review was not stored: %1</source>
        <translation>Chưa lưu được việc duyệt: %1</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Figures as known for the briefing of %1 · prepared on %2 with Chỉ Số</source>
        <translation>Số liệu đã biết khi lập báo cáo %1 · lập %2 bằng Chỉ Số</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>Các chỉ tiêu chủ yếu</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 điểm phần trăm</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the first %n month(s) of %2 is estimated at %3</source>
        <translation>
            <numerusform>%1 %n tháng đầu năm %2 ước đạt %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the first %n month(s) of %2 reached %3</source>
        <translation>
            <numerusform>%1 %n tháng đầu năm %2 đạt %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as of %2 is estimated at %3</source>
        <translation>%1 tính đến %2 ước đạt %3</translation>
    </message>
    <message>
        <source>%1 as of %2 stood at %3</source>
        <translation>%1 tính đến %2 đạt %3</translation>
    </message>
    <message>
        <source>, with no figure for the same period of %1 to compare</source>
        <translation>, chưa có số liệu cùng kỳ năm %1 để so sánh</translation>
    </message>
    <message>
        <source>, level with the same period of %1</source>
        <translation>, tương đương cùng kỳ năm %1</translation>
    </message>
    <message>
        <source>, up %1 on the same period of %2</source>
        <translation>, tăng %1 so với cùng kỳ năm %2</translation>
    </message>
    <message>
        <source>, down %1 on the same period of %2</source>
        <translation>, giảm %1 so với cùng kỳ năm %2</translation>
    </message>
    <message>
        <source> (the source states %1)</source>
        <translation> (nguồn công bố %1)</translation>
    </message>
    <message>
        <source>. No plan for %1 has been stated</source>
        <translation>. Chưa có kế hoạch năm %1 được công bố</translation>
    </message>
    <message>
        <source>, and %1 of the plan for the year (%2)</source>
        <translation> và đạt %1 kế hoạch năm (%2)</translation>
    </message>
    <message>
        <source>, ahead of the expected pace (%1)</source>
        <translation>, vượt tiến độ kỳ vọng (%1)</translation>
    </message>
    <message>
        <source>, on track (expected %1)</source>
        <translation>, đúng tiến độ (kỳ vọng %1)</translation>
    </message>
    <message>
        <source>, behind the expected pace (%1)</source>
        <translation>, chậm so với tiến độ kỳ vọng (%1)</translation>
    </message>
    <message>
        <source>; the source states %1 of the plan</source>
        <translation>; nguồn công bố đạt %1 kế hoạch</translation>
    </message>
    <message>
        <source>Year-end forecast: about %1</source>
        <translation>Dự báo cả năm đạt khoảng %1</translation>
    </message>
    <message>
        <source>, %1 of the plan</source>
        <translation>, bằng %1 kế hoạch</translation>
    </message>
    <message>
        <source>; chance of meeting the plan: %1</source>
        <translation>; xác suất hoàn thành kế hoạch: %1</translation>
    </message>
    <message>
        <source> (method: %1).</source>
        <translation> (phương pháp: %1).</translation>
    </message>
    <message>
        <source>December forecast: about %1</source>
        <translation>Dự báo đến tháng 12 đạt khoảng %1</translation>
    </message>
    <message>
        <source>; chance of reaching the target: %1</source>
        <translation>; xác suất đạt mục tiêu: %1</translation>
    </message>
    <message>
        <source>Other sources give %1.</source>
        <translation>Nguồn khác ghi %1.</translation>
    </message>
    <message>
        <source>Monthly briefing, %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message>
        <source>Appendix: figures to note</source>
        <translation>Phụ lục: Số liệu cần lưu ý</translation>
    </message>
    <message>
        <source>No open findings: the figures agree with one another.</source>
        <translation>Không còn điểm cần lưu ý: các số liệu khớp với nhau.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Cùng kỳ</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Tăng trưởng</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>Đạt % KH</translation>
    </message>
    <message>
        <source>Stated % of plan</source>
        <translation>% KH công bố</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>stated %1</source>
        <translation>công bố %1</translation>
    </message>
    <message>
        <source>Growth: against the same period a year earlier (shares in %: percentage points). Expected pace: the share of last year&apos;s total reached by the same month, else m/12. [n]: source, listed at the end. *: other sources give another value. Status: ▲ ahead, ● on track, ▼ behind, ○ not assessed.</source>
        <translation>Tăng trưởng: so với cùng kỳ năm trước (các tỷ lệ %: tính bằng điểm phần trăm). Tiến độ kỳ vọng: tỷ lệ tổng cả năm trước đã đạt đến cùng tháng, nếu không có thì m/12. [n]: nguồn, liệt kê ở cuối báo cáo. *: nguồn khác ghi số khác. Tình trạng: ▲ vượt tiến độ, ● đúng tiến độ, ▼ chậm tiến độ, ○ không/chưa đánh giá.</translation>
    </message>
    <message>
        <source>No figures for this period: nothing was compared.</source>
        <translation>Kỳ này chưa có số liệu nên không có gì để đối chiếu.</translation>
    </message>
    <message>
        <source>, up %1 on the same period of %2 as the source states</source>
        <translation>, tăng %1 so với cùng kỳ năm %2 theo số liệu nguồn công bố</translation>
    </message>
    <message>
        <source>, down %1 on the same period of %2 as the source states</source>
        <translation>, giảm %1 so với cùng kỳ năm %2 theo số liệu nguồn công bố</translation>
    </message>
    <message>
        <source>, level with the same period of %1 as the source states</source>
        <translation>, tương đương cùng kỳ năm %1 theo số liệu nguồn công bố</translation>
    </message>
    <message>
        <source>, measured against the share of the year elapsed (m/12) as last year&apos;s figures for the month are missing</source>
        <translation>, đánh giá theo tiến độ m/12 do chưa có số liệu cùng tháng năm trước</translation>
    </message>
    <message>
        <source>; its progress is not assessed, as the figure of %1 it would be measured from is flagged as a break in the series</source>
        <translation>; không đánh giá tiến độ do số liệu kỳ %1 làm gốc so sánh bị đánh dấu là đứt gãy chuỗi số liệu</translation>
    </message>
    <message>
        <source>Monthly briefing, %1 (region %2)</source>
        <translation>Báo cáo %1 (địa bàn %2)</translation>
    </message>
    <message>
        <source>No figures for %1.</source>
        <translation>Chưa có số liệu %1.</translation>
    </message>
    <message>
        <source>Derived, as no source gives it: %1.</source>
        <translation>Số suy ra, do không nguồn nào công bố: %1.</translation>
    </message>
    <message>
        <source> (against a derived figure for %1 %2, which no source gives)</source>
        <translation> (so với số suy ra của %1 %2, do không nguồn nào công bố)</translation>
    </message>
    <message>
        <source>, measured against last year&apos;s profile with %1 derived %2, as no source gives it</source>
        <translation>, đánh giá theo tỷ lệ lũy kế năm trước với số %1 suy ra %2, do không nguồn nào công bố</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Điểm nổi bật</translation>
    </message>
    <message>
        <source>²: measured from the figure of %1, flagged as a break: not assessed.</source>
        <translation>²: tính từ số liệu %1, số liệu bị đánh dấu gián đoạn: không đánh giá.</translation>
    </message>
    <message>
        <source>¹: against m/12, last year&apos;s figure for the month being unknown.</source>
        <translation>¹: so với tiến độ m/12, do chưa có số liệu cùng kỳ năm trước.</translation>
    </message>
    <message>
        <source> (80% interval %1)</source>
        <translation> (khoảng 80%: %1)</translation>
    </message>
    <message>
        <source>m/12 pace</source>
        <translation>theo tiến độ m/12</translation>
    </message>
    <message>
        <source>%1 (its base figure of %2 is flagged as a break)</source>
        <translation>%1 (số liệu gốc %2 bị đánh dấu gián đoạn)</translation>
    </message>
    <message>
        <source>Behind the expected pace: %1.</source>
        <translation>Chậm tiến độ: %1.</translation>
    </message>
    <message>
        <source>Forecast to fall short of the year&apos;s plan: %1.</source>
        <translation>Dự báo không đạt kế hoạch năm: %1.</translation>
    </message>
    <message>
        <source>Ahead of the expected pace: %1.</source>
        <translation>Vượt tiến độ: %1.</translation>
    </message>
    <message>
        <source>On track: %1.</source>
        <translation>Đúng tiến độ: %1.</translation>
    </message>
    <message>
        <source>Not assessed: %1.</source>
        <translation>Chưa đánh giá được: %1.</translation>
    </message>
    <message>
        <source>Forecast to reach the year&apos;s plan: %1.</source>
        <translation>Dự báo đạt kế hoạch năm: %1.</translation>
    </message>
    <message>
        <source>derived pace</source>
        <translation>tiến độ suy ra</translation>
    </message>
    <message>
        <source>A status marked † is measured against a pace that rests on a figure derived as below (derived pace).</source>
        <translation>Tình trạng có dấu † được đánh giá theo tiến độ dựa trên số liệu suy ra như dưới đây (tiến độ suy ra).</translation>
    </message>
    <message>
        <source>The figure used is the office&apos;s choice.</source>
        <translation>Số liệu được dùng là lựa chọn của cơ quan.</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>Theo tỉnh</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… và %1 tỉnh, thành phố khác</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 provinces have a figure.</source>
        <translation>%1, %2: %3/%4 tỉnh, thành phố có số liệu.</translation>
    </message>
    <message>
        <source>Highest: %1; lowest: %2.</source>
        <translation>Cao nhất: %1; thấp nhất: %2.</translation>
    </message>
    <message>
        <source>Fastest growth on the same period of %1: %2; slowest: %3.</source>
        <translation>Tăng nhanh nhất so với cùng kỳ năm %1: %2; chậm nhất: %3.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>month %1</source>
        <translation>tháng %1</translation>
    </message>
    <message>
        <source>%1: year to date, %2 against %3 and the plan</source>
        <translation>%1: lũy kế năm %2 so với %3 và kế hoạch</translation>
    </message>
    <message>
        <source>%1: readings of %2 and %3 against the target</source>
        <translation>%1: số đo năm %2 và %3 so với mục tiêu</translation>
    </message>
    <message>
        <source>Plan&apos;s pace</source>
        <translation>Tiến độ kế hoạch</translation>
    </message>
    <message>
        <source>Path to target</source>
        <translation>Lộ trình đến mục tiêu</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>Forecast, 80% interval</source>
        <translation>Dự báo, khoảng 80%</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>%1: growth against the same period of %2</source>
        <translation>%1: tăng trưởng so với cùng kỳ năm %2</translation>
    </message>
    <message>
        <source>Change, percentage points</source>
        <translation>Thay đổi, điểm phần trăm</translation>
    </message>
    <message>
        <source>Growth, %</source>
        <translation>Tăng trưởng, %</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>%1: progress toward the %2 target</source>
        <translation>%1: tiến độ thực hiện mục tiêu năm %2</translation>
    </message>
    <message>
        <source>Plan for the year</source>
        <translation>Kế hoạch năm</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Đã đạt: %1</translation>
    </message>
    <message>
        <source>Expected pace: %1</source>
        <translation>Tiến độ kỳ vọng: %1</translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation>Mục tiêu (100%)</translation>
    </message>
    <message>
        <source>no plan stated</source>
        <translation>chưa công bố kế hoạch</translation>
    </message>
    <message>
        <source>Progress toward the %1 targets, %2</source>
        <translation>Tiến độ thực hiện kế hoạch năm %1, %2</translation>
    </message>
    <message>
        <source>Figures to note</source>
        <translation>Số liệu cần lưu ý</translation>
    </message>
    <message>
        <source>Derived, no source gives it</source>
        <translation>Số suy ra, không nguồn nào công bố</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>không đánh giá</translation>
    </message>
    <message>
        <source>no bar: no plan stored (a source states %1 of it)</source>
        <translation>không có thanh: chưa lưu số kế hoạch (nguồn công bố đạt %1 kế hoạch)</translation>
    </message>
    <message>
        <source>no bar: no plan stated for %1</source>
        <translation>không có thanh: chưa có kế hoạch năm %1 được công bố</translation>
    </message>
    <message>
        <source>no bar: no figure yet in %1</source>
        <translation>không có thanh: chưa có số liệu năm %1</translation>
    </message>
    <message>
        <source>Plan (100%)</source>
        <translation>Kế hoạch (100%)</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>Kỳ vọng đến nay</translation>
    </message>
    <message>
        <source>Year-end forecast</source>
        <translation>Dự báo cuối năm</translation>
    </message>
    <message>
        <source>(plan %1)</source>
        <translation>(kế hoạch %1)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>path</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <source>Language of the output: vi or en.</source>
        <translation>Ngôn ngữ đầu ra: vi hoặc en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Chạy &apos;%1 --help&apos; để xem các tùy chọn.</translation>
    </message>
    <message>
        <source>Created your database with the bundled dataset: %1</source>
        <translation>Đã tạo cơ sở dữ liệu của bạn với bộ số liệu kèm theo: %1</translation>
    </message>
    <message>
        <source>Use only what was known when the briefing for month &lt;YYYY-MM&gt; was prepared.</source>
        <translation>Chỉ dùng những gì đã biết khi lập báo cáo tháng &lt;YYYY-MM&gt;.</translation>
    </message>
    <message>
        <source>Create a database, with the bundled dataset unless --empty is given.</source>
        <translation>Tạo cơ sở dữ liệu, kèm bộ số liệu có sẵn trừ khi dùng --empty.</translation>
    </message>
    <message>
        <source>Create it with the indicator catalogue only, without figures.</source>
        <translation>Chỉ tạo danh mục chỉ tiêu, không kèm số liệu.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1: %n figure(s), </source>
        <translation>
            <numerusform>Đã tạo %1: %n số liệu, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s), </source>
        <translation>
            <numerusform>%n kế hoạch, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stated growth or share figure(s), </source>
        <translation>
            <numerusform>%n số tăng trưởng hoặc tỷ lệ được công bố, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation>
            <numerusform>%n nguồn.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files to import.</source>
        <translation>Các tệp CSV cần nhập.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>TỆP...</translation>
    </message>
    <message>
        <source>Name at least one CSV file to import.</source>
        <translation>Hãy nêu ít nhất một tệp CSV để nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n figure(s) added, </source>
        <translation>
            <numerusform>%1: đã thêm %n số liệu, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored and unchanged.</source>
        <translation>
            <numerusform>%n số liệu đã có sẵn, không thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… và %n lỗi khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s); nothing was stored from this file.</source>
        <translation>
            <numerusform>%1: bị từ chối, %n lỗi; không lưu gì từ tệp này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every figure, plan and stated figure with its source, in the CSV format that import reads.</source>
        <translation>Xuất mọi số liệu, kế hoạch và số được công bố kèm nguồn, theo định dạng CSV mà lệnh import đọc được.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>Ghi vào &lt;tệp&gt; thay vì đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>--as-of expects a month as YYYY-MM, such as 2024-06; found &apos;%1&apos;.</source>
        <translation>--as-of cần một tháng dạng YYYY-MM, ví dụ 2024-06; nhận được &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n figure(s) to %1.</source>
        <translation>
            <numerusform>Đã ghi %n số liệu vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly table of key indicators: value, same period last year, growth (computed and stated), plan, share of plan (computed and stated), expected pace and status. Without --year and --month: the latest month with figures.</source>
        <translation>Bảng chỉ tiêu chủ yếu hằng tháng: giá trị, cùng kỳ năm trước, tăng trưởng (tính toán và công bố), kế hoạch, tỷ lệ hoàn thành kế hoạch (tính toán và công bố), tiến độ kỳ vọng và tình trạng. Không có --year và --month: tháng gần nhất có số liệu.</translation>
    </message>
    <message>
        <source>Year of the report.</source>
        <translation>Năm báo cáo.</translation>
    </message>
    <message>
        <source>Month of the year-to-date cut-off, 1 to 12.</source>
        <translation>Tháng chốt số lũy kế, từ 1 đến 12.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Định dạng đầu ra: table, csv hoặc json.</translation>
    </message>
    <message>
        <source>Percentage points of the plan within which a figure counts as on track (default 2).</source>
        <translation>Số điểm phần trăm kế hoạch mà trong phạm vi đó số liệu được coi là đúng tiến độ (mặc định 2).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: choose table, csv or json.</source>
        <translation>Định dạng &apos;%1&apos; không được hỗ trợ: chọn table, csv hoặc json.</translation>
    </message>
    <message>
        <source>Give --year and --month together (or neither, for the latest month).</source>
        <translation>Hãy cho cả --year và --month (hoặc bỏ cả hai để lấy tháng gần nhất).</translation>
    </message>
    <message>
        <source>--year expects a year from 1900 to 2100 and --month a month from 1 to 12.</source>
        <translation>--year cần một năm từ 1900 đến 2100 và --month một tháng từ 1 đến 12.</translation>
    </message>
    <message>
        <source>The database holds no figures yet: import some with &apos;chiso import FILE.csv&apos;.</source>
        <translation>Cơ sở dữ liệu chưa có số liệu: hãy nhập bằng &apos;chiso import TỆP.csv&apos;.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
    <message>
        <source>No display was found, so Chỉ Số wrote the report for the latest month to standard output (above). Run &apos;chiso --help&apos; for the other commands.</source>
        <translation>Không tìm thấy màn hình, nên Chỉ Số đã ghi báo cáo tháng gần nhất ra đầu ra chuẩn (ở trên). Chạy &apos;chiso --help&apos; để xem các lệnh khác.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Không có lệnh &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Year-end forecasts of every indicator: each method&apos;s point, 80% and 95% intervals, share of plan and chance of meeting it, the preferred method and why. Without --as-of: from the latest month with figures.</source>
        <translation>Dự báo cả năm cho mọi chỉ tiêu: giá trị dự báo của từng phương pháp, khoảng 80% và 95%, tỷ lệ so với kế hoạch và xác suất đạt kế hoạch, phương pháp được ưu tiên và lý do. Không có --as-of: từ tháng gần nhất có số liệu.</translation>
    </message>
    <message>
        <source>Backtest of the year-end methods: MAPE and MASE per method and cut-off month over every earlier year with a known total.</source>
        <translation>Kiểm tra lại các phương pháp dự báo cả năm: MAPE và MASE theo phương pháp và tháng chốt số, trên mọi năm trước đã biết tổng cả năm.</translation>
    </message>
    <message>
        <source>Only this indicator (a code such as revenue).</source>
        <translation>Chỉ chỉ tiêu này (một mã như revenue).</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Định dạng đầu ra: table hoặc json.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: choose table or json.</source>
        <translation>Định dạng &apos;%1&apos; không được hỗ trợ: chọn table hoặc json.</translation>
    </message>
    <message>
        <source>Unknown indicator &apos;%1&apos;; known: %2</source>
        <translation>Chỉ tiêu &apos;%1&apos; không xác định; các chỉ tiêu đã biết: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>Đã ghi %1 (%2×%3).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the briefing for %1 (%n page(s)) to %2</source>
        <translation>
            <numerusform>Đã ghi báo cáo %1 (%n trang) vào %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly briefing as a PDF: summary, KPI table, charts and sources, on A4 pages. Without --year and --month: the latest month.</source>
        <translation>Báo cáo tháng dạng PDF: tóm tắt, bảng chỉ tiêu, biểu đồ và nguồn, trên khổ A4. Không có --year và --month: tháng gần nhất.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>The name of the office the briefing comes from.</source>
        <translation>Tên đơn vị lập báo cáo.</translation>
    </message>
    <message>
        <source>Findings: stated shares and growth rates that the figures do not support, year-to-date figures that do not add up with the months, sources that differ, revisions, reported against measured figures, and breaks in a series. Largest gap first.</source>
        <translation>Các điểm cần lưu ý: tỷ lệ hoàn thành kế hoạch và tốc độ tăng trưởng được công bố nhưng số liệu không khớp, số lũy kế không khớp với số từng tháng, các nguồn ghi khác nhau, số liệu bị điều chỉnh, số báo cáo so với số đo được, và các điểm gãy trong chuỗi số liệu. Chênh lệch lớn nhất trước.</translation>
    </message>
    <message>
        <source>Only findings about this year.</source>
        <translation>Chỉ các điểm cần lưu ý của năm này.</translation>
    </message>
    <message>
        <source>--year expects a year from 1900 to 2100.</source>
        <translation>--year cần một năm từ 1900 đến 2100.</translation>
    </message>
    <message>
        <source>the monthly table of key indicators</source>
        <translation>bảng chỉ tiêu chủ yếu hằng tháng</translation>
    </message>
    <message>
        <source>year-end forecasts with intervals and the chance of meeting the plan</source>
        <translation>dự báo cả năm kèm khoảng dự báo và xác suất đạt kế hoạch</translation>
    </message>
    <message>
        <source>how well each forecasting method did in earlier years</source>
        <translation>kiểm tra lại độ chính xác của từng phương pháp dự báo ở các năm trước</translation>
    </message>
    <message>
        <source>the monthly briefing as a PDF (charts, table, summary, sources)</source>
        <translation>báo cáo tháng dạng PDF (biểu đồ, bảng, tóm tắt, nguồn)</translation>
    </message>
    <message>
        <source>figures that do not add up: stated vs computed, sources, revisions</source>
        <translation>số liệu không khớp: công bố và tính toán, các nguồn, điều chỉnh</translation>
    </message>
    <message>
        <source>create a database (with the bundled dataset unless --empty)</source>
        <translation>tạo cơ sở dữ liệu (kèm bộ số liệu có sẵn trừ khi dùng --empty)</translation>
    </message>
    <message>
        <source>language of the output (default: the system&apos;s)</source>
        <translation>ngôn ngữ đầu ra (mặc định: theo hệ thống)</translation>
    </message>
    <message>
        <source>help for a command: chiso report --help</source>
        <translation>trợ giúp cho một lệnh: chiso report --help</translation>
    </message>
    <message>
        <source>the version of Chỉ Số</source>
        <translation>phiên bản của Chỉ Số</translation>
    </message>
    <message>
        <source>window: open on this month</source>
        <translation>cửa sổ: mở ở tháng này</translation>
    </message>
    <message>
        <source>--screenshot &lt;file.png&gt;</source>
        <translation>--screenshot &lt;tệp.png&gt;</translation>
    </message>
    <message>
        <source>Usage: chiso [command] [options]</source>
        <translation>Cách dùng: chiso [lệnh] [tùy chọn]</translation>
    </message>
    <message>
        <source>Chỉ Số: the monthly key indicators of the information and communications sector, checked against the plan, last year and other sources.</source>
        <translation>Chỉ Số: các chỉ tiêu chủ yếu hằng tháng của ngành thông tin và truyền thông, đối chiếu với kế hoạch, cùng kỳ năm trước và các nguồn khác.</translation>
    </message>
    <message>
        <source>Without a command, opens the desktop window; on a machine with no display, prints the report for the latest month and writes its briefing PDF.</source>
        <translation>Không có lệnh: mở cửa sổ ứng dụng; trên máy không có màn hình, in báo cáo tháng gần nhất và ghi báo cáo PDF của tháng đó.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Lệnh:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Percentage points beyond a stated share&apos;s rounding before it is a finding (default %1).</source>
        <translation>Số điểm phần trăm vượt quá mức làm tròn của tỷ lệ kế hoạch được công bố thì mới coi là điểm cần lưu ý (mặc định %1).</translation>
    </message>
    <message>
        <source>The same for a stated growth rate (default %1).</source>
        <translation>Tương tự cho tốc độ tăng trưởng được công bố (mặc định %1).</translation>
    </message>
    <message>
        <source>Per cent by which two sources may differ (default %1).</source>
        <translation>Số phần trăm mà hai nguồn được phép chênh nhau (mặc định %1).</translation>
    </message>
    <message>
        <source>Per cent by which a month alone may differ from the year-to-date difference (default %1).</source>
        <translation>Số phần trăm mà số riêng tháng được phép chênh với hiệu hai số lũy kế (mặc định %1).</translation>
    </message>
    <message>
        <source>Import figures from CSV files or Excel workbooks (the format is in README.md). Each file is one transaction: any bad line or conflict leaves the database unchanged.</source>
        <translation>Nhập số liệu từ tệp CSV hoặc sổ tính Excel (định dạng trong README.md). Mỗi tệp là một giao dịch: chỉ cần một dòng sai hoặc một xung đột là cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>Output format: csv, or xlsx (the KPI table and every figure; needs -o).</source>
        <translation>Định dạng đầu ra: csv, hoặc xlsx (bảng chỉ tiêu và mọi số liệu; cần -o).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: export writes csv or xlsx.</source>
        <translation>Định dạng &apos;%1&apos; không được hỗ trợ: lệnh export ghi csv hoặc xlsx.</translation>
    </message>
    <message>
        <source>An Excel workbook needs a file: add -o FILE.xlsx.</source>
        <translation>Sổ tính Excel cần một tệp: thêm -o TỆP.xlsx.</translation>
    </message>
    <message>
        <source>Write the monthly form as an Excel workbook: a row per indicator, the period and source cells at the top. Fill it in and import it.</source>
        <translation>Ghi biểu số liệu tháng thành sổ tính Excel: mỗi chỉ tiêu một dòng, ô kỳ báo cáo và ô nguồn ở trên cùng. Điền số liệu rồi nhập lại.</translation>
    </message>
    <message>
        <source>The workbook to write.</source>
        <translation>Sổ tính cần ghi.</translation>
    </message>
    <message>
        <source>Give --year, --month and -o FILE.xlsx.</source>
        <translation>Hãy cho --year, --month và -o TỆP.xlsx.</translation>
    </message>
    <message>
        <source>Wrote the form for %1 to %2.</source>
        <translation>Đã ghi biểu tháng %1 vào %2.</translation>
    </message>
    <message>
        <source>import figures from CSV files or Excel workbooks</source>
        <translation>nhập số liệu từ tệp CSV hoặc sổ tính Excel</translation>
    </message>
    <message>
        <source>export every figure with its source as CSV or Excel</source>
        <translation>xuất mọi số liệu kèm nguồn ra CSV hoặc Excel</translation>
    </message>
    <message>
        <source>the monthly form as an Excel workbook, to fill in and import</source>
        <translation>biểu số liệu tháng dạng Excel, để điền rồi nhập lại</translation>
    </message>
    <message>
        <source>--%1 expects a number from 0 to 100; found &apos;%2&apos;.</source>
        <translation>--%1 cần một số từ 0 đến 100; nhận được &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--tolerance expects percentage points from 0 to 100, such as 2; found &apos;%1&apos;.</source>
        <translation>--tolerance cần số điểm phần trăm từ 0 đến 100, ví dụ 2; nhận được &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, each side from %1 to %2, such as 1400x900; found &apos;%3&apos;.</source>
        <translation>--size cần dạng RỘNGxCAO tính bằng điểm ảnh, mỗi cạnh từ %1 đến %2, ví dụ 1400x900; nhận được &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: there is not enough memory to render the window at %2×%3 pixels.</source>
        <translation>Không ghi được %1: không đủ bộ nhớ để vẽ cửa sổ ở cỡ %2×%3 điểm ảnh.</translation>
    </message>
    <message numerus="yes">
        <source>Sent the briefing for %1 (%n page(s)) to the printer %2</source>
        <translation>
            <numerusform>Đã gửi báo cáo %1 (%n trang) đến máy in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the briefing on the default printer, or on the printer named (a CUPS queue); no PDF is written unless -o is given too.</source>
        <translation>In báo cáo ra máy in mặc định, hoặc ra máy in được nêu tên (một hàng đợi CUPS); không ghi tệp PDF trừ khi có cả -o.</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>With --print: the number of copies, 1 to 999.</source>
        <translation>Đi kèm --print: số bản in, từ 1 đến 999.</translation>
    </message>
    <message>
        <source>With --print: on both sides of the sheet, where the printer can.</source>
        <translation>Đi kèm --print: in hai mặt giấy, nếu máy in hỗ trợ.</translation>
    </message>
    <message>
        <source>--copies and --duplex go with --print.</source>
        <translation>--copies và --duplex chỉ dùng kèm --print.</translation>
    </message>
    <message>
        <source>--copies expects a number from 1 to 999; found &apos;%1&apos;.</source>
        <translation>--copies cần một số từ 1 đến 999; nhận được &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the standard output: %1</source>
        <translation>Không ghi được ra đầu ra chuẩn: %1</translation>
    </message>
    <message>
        <source>--region expects a region code of letters and digits such as VN; found &apos;%1&apos;.</source>
        <translation>--region cần một mã địa bàn gồm chữ và số, chẳng hạn VN; nhận được &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> và %n địa bàn khác</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds no figures for region %1. Regions with figures: %2.</source>
        <translation>Cơ sở dữ liệu không có số liệu nào của địa bàn %1. Các địa bàn có số liệu: %2.</translation>
    </message>
    <message>
        <source>Only the figures of this region (default: every region).</source>
        <translation>Chỉ số liệu của địa bàn này (mặc định: mọi địa bàn).</translation>
    </message>
    <message>
        <source>--region &lt;code&gt;</source>
        <translation>--region &lt;mã&gt;</translation>
    </message>
    <message>
        <source>the region to show, in the window and every command (default VN)</source>
        <translation>địa bàn cần xem, trong cửa sổ và mọi lệnh (mặc định VN)</translation>
    </message>
    <message>
        <source>Instead of the errors: the share of past outturns inside each method&apos;s 80% and 95% intervals, per group of cut-offs.</source>
        <translation>Thay cho sai số: tỷ lệ số thực hiện các năm trước nằm trong khoảng 80% và 95% của từng phương pháp, theo nhóm mốc.</translation>
    </message>
    <message>
        <source>No figures for %1: there is nothing to brief.</source>
        <translation>Chưa có số liệu %1: không có gì để lập báo cáo.</translation>
    </message>
    <message>
        <source>The latest month with figures is %1.</source>
        <translation>Số liệu mới nhất là của %1.</translation>
    </message>
    <message>
        <source>Expected: chiso %1 %2; found &apos;%3&apos;.</source>
        <translation>Cần viết: chiso %1 %2; gặp &apos;%3&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ready: schema version %2, %n indicator(s), </source>
        <translation>
            <numerusform>%1 đã sẵn sàng: lược đồ phiên bản %2, %n chỉ tiêu, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s).</source>
        <translation>
            <numerusform>%n số liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>copy: copy a whole database (figures, plans, stated figures, sources, entries, acknowledgements) from a file or server into a new file or an empty server database, in one transaction.</source>
        <translation>copy: sao chép toàn bộ một cơ sở dữ liệu (số liệu, kế hoạch, số liệu công bố, nguồn, lượt nhập, ghi nhận) từ một tệp hoặc máy chủ sang một tệp mới hoặc một cơ sở dữ liệu trống trên máy chủ, trong một giao dịch.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>The database to copy: a file or postgresql://…</source>
        <translation>Cơ sở dữ liệu cần sao chép: một tệp hoặc postgresql://…</translation>
    </message>
    <message>
        <source>Where to copy it: a new file or an empty postgresql://… database.</source>
        <translation>Nơi chép sang: một tệp mới hoặc một cơ sở dữ liệu postgresql://… trống.</translation>
    </message>
    <message>
        <source>chiso db copy needs --from DATABASE and --to DATABASE.</source>
        <translation>chiso db copy cần --from CSDL và --to CSDL.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n row(s).</source>
        <translation>
            <numerusform>Đã sao chép %1 sang %2: %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare a PostgreSQL database (--db postgresql://USER@HOST/DATABASE)</source>
        <translation>chuẩn bị một cơ sở dữ liệu PostgreSQL (--db postgresql://NGƯỜI_DÙNG@MÁY/CSDL)</translation>
    </message>
    <message>
        <source>copy a whole database: --from DATABASE --to DATABASE</source>
        <translation>sao chép toàn bộ một cơ sở dữ liệu: --from CSDL --to CSDL</translation>
    </message>
    <message>
        <source>--db &lt;file|postgresql://…&gt;</source>
        <translation>--db &lt;tệp|postgresql://…&gt;</translation>
    </message>
    <message>
        <source>use this database file or server instead of your default database</source>
        <translation>dùng tệp cơ sở dữ liệu hoặc máy chủ này thay cho cơ sở dữ liệu mặc định</translation>
    </message>
    <message>
        <source>No serif face with every Vietnamese letter is installed (Debian: fonts-liberation2): the briefing is set in %1.</source>
        <translation>Chưa cài phông chữ có chân nào có đủ chữ tiếng Việt (Debian: fonts-liberation2): báo cáo dùng phông %1.</translation>
    </message>
    <message>
        <source>The typeface: sans (DejaVu Sans, the default) or serif (Liberation Serif, as administrative documents use Times New Roman).</source>
        <translation>Phông chữ: sans (DejaVu Sans, mặc định) hoặc serif (Liberation Serif, như văn bản hành chính dùng Times New Roman).</translation>
    </message>
    <message>
        <source>--face expects sans or serif; found &apos;%1&apos;.</source>
        <translation>--face nhận sans hoặc serif; nhận được &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use the database file or the postgresql://USER@HOST/DATABASE server at &lt;path&gt; instead of your default database.</source>
        <translation>Dùng tệp cơ sở dữ liệu hoặc máy chủ postgresql://NGƯỜI_DÙNG@MÁY/CSDL tại &lt;path&gt; thay cho cơ sở dữ liệu mặc định.</translation>
    </message>
    <message>
        <source>--password-stdin read an empty line: no password was set.</source>
        <translation>--password-stdin đọc được một dòng trống: chưa đặt mật khẩu nào.</translation>
    </message>
    <message>
        <source>Password for %1 (empty: none): </source>
        <translation>Mật khẩu cho %1 (để trống: không có): </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Hai mật khẩu không khớp: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>văn phòng</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>chỉ xem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 has no logins yet but its owner&apos;s: add them with chiso server add-user.</source>
        <translation>%1 chưa có tài khoản nào ngoài tài khoản chủ sở hữu: thêm bằng chiso server add-user.</translation>
    </message>
    <message>
        <source>%1 has no rights in %2 any more.</source>
        <translation>%1 không còn quyền nào trong %2.</translation>
    </message>
    <message>
        <source>--role must be office, unit or reader; found &apos;%1&apos;.</source>
        <translation>--role phải là office, unit hoặc reader; nhận được &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 in %3.</source>
        <translation>%1 nay có vai trò %2 trong %3.</translation>
    </message>
    <message>
        <source>%1 is now the login of unit %2 in %3.</source>
        <translation>%1 nay là tài khoản của đơn vị %2 trong %3.</translation>
    </message>
    <message>
        <source>init: prepare a PostgreSQL database for Chỉ Số (the schema and the indicator catalogue in an empty database, or the migrations an older one lacks). Give the server with --db postgresql://USER@HOST[:PORT]/DATABASE; the password comes from ~/.pgpass or PGPASSWORD.
add-user NAME --role office|unit|reader [--region CODE]: give a login rights in the database (a unit&apos;s login writes only its region&apos;s figures, plans and stated figures; a reader reads). remove-user NAME, list-users. Run by an office login; the server enforces the rights.</source>
        <translation>init: chuẩn bị một cơ sở dữ liệu PostgreSQL cho Chỉ Số (lược đồ và danh mục chỉ tiêu trong một cơ sở dữ liệu trống, hoặc các bước nâng cấp mà cơ sở dữ liệu cũ còn thiếu). Chỉ máy chủ bằng --db postgresql://NGƯỜI_DÙNG@MÁY[:CỔNG]/CƠ_SỞ_DỮ_LIỆU; mật khẩu lấy từ ~/.pgpass hoặc PGPASSWORD.
add-user TÊN --role office|unit|reader [--region MÃ]: cấp quyền cho một tài khoản trong cơ sở dữ liệu (tài khoản đơn vị chỉ ghi số liệu, kế hoạch và số liệu công bố của địa bàn mình; tài khoản chỉ xem thì chỉ đọc). remove-user TÊN, list-users. Do tài khoản văn phòng chạy; máy chủ thực thi các quyền.</translation>
    </message>
    <message>
        <source>init, add-user, remove-user or list-users</source>
        <translation>init, add-user, remove-user hoặc list-users</translation>
    </message>
    <message>
        <source>add-user: office, unit or reader.</source>
        <translation>add-user: office (văn phòng), unit (đơn vị) hoặc reader (chỉ xem).</translation>
    </message>
    <message>
        <source>add-user: read the login&apos;s password from the first line of standard input (on a terminal it is asked for).</source>
        <translation>add-user: đọc mật khẩu của tài khoản từ dòng đầu của đầu vào chuẩn (trên cửa sổ dòng lệnh thì được hỏi).</translation>
    </message>
    <message>
        <source>chiso server %1 needs --db postgresql://USER@HOST[:PORT]/DATABASE (a file is created with chiso init, and has no logins).</source>
        <translation>chiso server %1 cần --db postgresql://NGƯỜI_DÙNG@MÁY[:CỔNG]/CƠ_SỞ_DỮ_LIỆU (tệp được tạo bằng chiso init và không có tài khoản).</translation>
    </message>
    <message>
        <source>chiso server add-user needs --role office|unit|reader.</source>
        <translation>chiso server add-user cần --role office|unit|reader.</translation>
    </message>
    <message>
        <source>Every change to a figure, plan, stated figure or acknowledgement, oldest first: when (UTC), by which login (on a file: the operating-system user), what, and the value before and after. On a server the database records it itself, whatever program made the change.</source>
        <translation>Mọi thay đổi đối với số liệu, kế hoạch, số liệu công bố hoặc ghi nhận, cũ nhất trước: khi nào (UTC), tài khoản nào (trên tệp: người dùng của hệ điều hành), thay đổi gì, giá trị trước và sau. Trên máy chủ, chính cơ sở dữ liệu ghi lại, bất kể chương trình nào thực hiện thay đổi.</translation>
    </message>
    <message>
        <source>Only this indicator&apos;s changes (its code).</source>
        <translation>Chỉ các thay đổi của chỉ tiêu này (mã chỉ tiêu).</translation>
    </message>
    <message>
        <source>Only this region&apos;s changes.</source>
        <translation>Chỉ các thay đổi của địa bàn này.</translation>
    </message>
    <message>
        <source>Only changes from this day on (YYYY-MM-DD, UTC).</source>
        <translation>Chỉ các thay đổi từ ngày này trở đi (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>At most this many of the latest changes (default 1000; 0: all).</source>
        <translation>Tối đa bấy nhiêu thay đổi gần nhất (mặc định 1000; 0: tất cả).</translation>
    </message>
    <message>
        <source>--since expects a day as YYYY-MM-DD; found &apos;%1&apos;.</source>
        <translation>--since cần một ngày dạng YYYY-MM-DD; nhận được &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--limit expects a whole number from 0 up; found &apos;%1&apos;.</source>
        <translation>--limit cần một số nguyên từ 0 trở lên; nhận được &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--indicator: there is no indicator &apos;%1&apos;.</source>
        <translation>--indicator: không có chỉ tiêu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No changes recorded for this choice.</source>
        <translation>Không có thay đổi nào được ghi lại cho lựa chọn này.</translation>
    </message>
    <message>
        <source>give a login rights on a server: NAME --role office|unit|reader [--region CODE]; also remove-user, list-users</source>
        <translation>cấp quyền cho một tài khoản trên máy chủ: TÊN --role office|unit|reader [--region MÃ]; cùng remove-user, list-users</translation>
    </message>
    <message>
        <source>who changed which figure, when, from what to what</source>
        <translation>ai đã thay đổi số liệu nào, khi nào, từ giá trị nào sang giá trị nào</translation>
    </message>
    <message>
        <source>The login %1 reads only region %2&apos;s figures and the national ones (VN), not region %3&apos;s.</source>
        <translation>Tài khoản %1 chỉ đọc số liệu của địa bàn %2 và số liệu cả nước (VN), không đọc số liệu của địa bàn %3.</translation>
    </message>
    <message>
        <source>Receive the monthly form of this unit for --year and --month: a form of another unit or month is refused.</source>
        <translation>Nhận biểu tháng của đơn vị này cho --year và --month: biểu của đơn vị khác hoặc tháng khác bị từ chối.</translation>
    </message>
    <message>
        <source>--unit needs a unit&apos;s code and --year and --month: the form expected.</source>
        <translation>--unit cần mã đơn vị cùng --year và --month: biểu cần nhận.</translation>
    </message>
    <message>
        <source>%1: recorded as the submission of %2 for %3.</source>
        <translation>%1: đã ghi nhận là báo cáo của %2 cho kỳ %3.</translation>
    </message>
    <message>
        <source>A reporting unit&apos;s own form: its name and code, last month&apos;s values for reference, each indicator&apos;s definition as a cell comment; imported, it is the unit&apos;s submission for the month.</source>
        <translation>Biểu riêng của một đơn vị báo cáo: tên và mã đơn vị, số liệu tháng trước để tham khảo, định nghĩa từng chỉ tiêu trong ghi chú của ô; khi nhập vào, biểu được ghi nhận là báo cáo tháng của đơn vị.</translation>
    </message>
    <message>
        <source>--unit expects a unit&apos;s code, such as 01 or VN (chiso units lists them).</source>
        <translation>--unit cần mã đơn vị, như 01 hay VN (xem danh sách bằng chiso units).</translation>
    </message>
    <message>
        <source>There is no unit %1 in %2: chiso units lists the units and their periods.</source>
        <translation>Kỳ %2 không có đơn vị %1: xem các đơn vị và thời gian tồn tại bằng chiso units.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>chưa nộp</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Đầy đủ</translation>
    </message>
    <message>
        <source>On time this year</source>
        <translation>Đúng hạn trong năm</translation>
    </message>
    <message numerus="yes">
        <source> (%n form(s))</source>
        <translation>
            <numerusform> (%n biểu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): </source>
        <translation>
            <numerusform>%n đơn vị: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on time, %2 late, %3 missing. Deadline: %4.</source>
        <translation>%1 đúng hạn, %2 trễ hạn, %3 chưa nộp. Hạn nộp: %4.</translation>
    </message>
    <message>
        <source>To chase: %1</source>
        <translation>Cần đôn đốc: %1</translation>
    </message>
    <message>
        <source>The units&apos; monthly forms for a month: submitted on time (when, by whom), late (after the deadline, the given day of the next month) or missing; how complete each is; each unit&apos;s on-time rate this year; who to chase.</source>
        <translation>Biểu tháng của các đơn vị trong một tháng: nộp đúng hạn (khi nào, ai nộp), trễ hạn (sau hạn nộp, là ngày đã định của tháng sau) hay chưa nộp; mức đầy đủ của từng biểu; tỷ lệ nộp đúng hạn trong năm của từng đơn vị; các đơn vị cần đôn đốc.</translation>
    </message>
    <message>
        <source>Forms are due by this day of the next month (1–28; default: the database&apos;s setting, else 5).</source>
        <translation>Hạn nộp biểu là ngày này của tháng sau (1–28; mặc định: theo thiết lập của cơ sở dữ liệu, nếu không có thì ngày 5).</translation>
    </message>
    <message>
        <source>Store the day (1–28) as the office&apos;s deadline, for every client of this database.</source>
        <translation>Lưu ngày này (1–28) làm hạn nộp của văn phòng, áp dụng cho mọi người dùng cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>--%1 expects a day from 1 to 28, found &apos;%2&apos;.</source>
        <translation>--%1 cần một ngày từ 1 đến 28, gặp &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Give --year and --month.</source>
        <translation>Hãy nêu --year và --month.</translation>
    </message>
    <message>
        <source>Forms are now due by day %1 of the next month.</source>
        <translation>Từ nay hạn nộp biểu là ngày %1 của tháng sau.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>cả nước</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Formed from</source>
        <translation>Hợp nhất từ</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s).</source>
        <translation>
            <numerusform>%n đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the CSV file of units to import: chiso units import FILE</source>
        <translation>Hãy nêu tệp CSV danh sách đơn vị cần nhập: chiso units import TỆP</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s) added, </source>
        <translation>
            <numerusform>%1: đã thêm %n đơn vị, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known and unchanged.</source>
        <translation>
            <numerusform>%n đơn vị đã có, giữ nguyên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s); no unit was stored from this file.</source>
        <translation>
            <numerusform>%1: bị từ chối, %n lỗi; không lưu đơn vị nào từ tệp này.</numerusform>
        </translation>
    </message>
    <message>
        <source>import FILE... (nothing: list them)</source>
        <translation>import TỆP... (không có: liệt kê)</translation>
    </message>
    <message>
        <source>Expected: chiso units, or chiso units import FILE; found &apos;%1&apos;.</source>
        <translation>Cần: chiso units, hoặc chiso units import TỆP; gặp &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the reporting units; units import FILE adds the office&apos;s own</source>
        <translation>các đơn vị báo cáo; units import TỆP thêm đơn vị của văn phòng</translation>
    </message>
    <message>
        <source>a month&apos;s forms: on time, late, missing, complete; who to chase</source>
        <translation>biểu tháng của các đơn vị: đúng hạn, trễ hạn, chưa nộp, mức đầy đủ; đơn vị cần đôn đốc</translation>
    </message>
    <message>
        <source>Create a separate database of illustrative figures for every province, 2022–2025, that add up to the bundled national figures, with their monthly forms (default: chiso-demo-units.sqlite beside your own database).</source>
        <translation>Tạo một cơ sở dữ liệu riêng gồm số liệu minh hoạ cho mọi tỉnh, 2022–2025, cộng lại khớp với số liệu cả nước đi kèm, cùng các biểu mẫu hằng tháng (mặc định: chiso-demo-units.sqlite cạnh cơ sở dữ liệu của bạn).</translation>
    </message>
    <message>
        <source>--demo-units and --empty exclude each other.</source>
        <translation>Không dùng --demo-units cùng với --empty.</translation>
    </message>
    <message>
        <source>The illustrative figures never go into your own database %1: name another with --db.</source>
        <translation>Số liệu minh hoạ không bao giờ được ghi vào cơ sở dữ liệu của bạn %1: hãy chỉ định tệp khác bằng --db.</translation>
    </message>
    <message>
        <source>Created %1, an illustrative database (not real figures): </source>
        <translation>Đã tạo %1, cơ sở dữ liệu minh hoạ (không phải số liệu thật): </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of the provinces, </source>
        <translation>
            <numerusform>%n số liệu của các tỉnh, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s), </source>
        <translation>
            <numerusform>%n quyền số, </numerusform>
        </translation>
    </message>
    <message>
        <source>the provinces added up to the country&apos;s figures, beside the national report</source>
        <translation>số liệu các tỉnh cộng lại thành số cả nước, đặt cạnh báo cáo cả nước</translation>
    </message>
    <message>
        <source>the households and population the provinces&apos; shares are averaged by; weights import FILE</source>
        <translation>số hộ và dân số dùng làm quyền số khi tính bình quân tỷ lệ của các tỉnh; weights import TỆP</translation>
    </message>
    <message>
        <source>The provinces&apos; figures for a month added up to the country&apos;s (money and counts summed; shares averaged, weighted by households or population: see chiso weights), beside the national figure that was reported. A complete total beyond the tolerance is a finding (chiso check).</source>
        <translation>Số liệu của các tỉnh trong một tháng cộng lại thành số cả nước (tiền và số lượng cộng dồn; tỷ lệ lấy bình quân theo quyền số hộ gia đình hoặc dân số: xem chiso weights), đặt cạnh số liệu cả nước đã báo cáo. Tổng đủ các tỉnh mà chênh lệch vượt ngưỡng là một điểm cần lưu ý (chiso check).</translation>
    </message>
    <message>
        <source>The database holds no national figure: give --year and --month.</source>
        <translation>Cơ sở dữ liệu chưa có số liệu cả nước: hãy cho --year và --month.</translation>
    </message>
    <message>
        <source>%1: the provinces added up, beside the national report.</source>
        <translation>%1: số liệu các tỉnh cộng lại, đặt cạnh báo cáo cả nước.</translation>
    </message>
    <message>
        <source>List the weights the provinces&apos; shares are averaged by when they add up (households, population), or import them: chiso weights import FILE (CSV: basis,region,year,value,source_url,source_title; all lines or none; a stored weight of the same basis, unit and year is replaced).</source>
        <translation>Liệt kê các quyền số dùng để tính bình quân tỷ lệ của các tỉnh khi cộng lại (số hộ, dân số), hoặc nhập chúng: chiso weights import TỆP (CSV: basis,region,year,value,source_url,source_title; nhập tất cả các dòng hoặc không dòng nào; quyền số đã lưu cùng loại, đơn vị và năm sẽ được thay).</translation>
    </message>
    <message>
        <source>Expected: chiso weights, or chiso weights import FILE; found &apos;%1&apos;.</source>
        <translation>Cần: chiso weights, hoặc chiso weights import TỆP; gặp &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Loại quyền số</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Quyền số</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s).</source>
        <translation>
            <numerusform>%n quyền số.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n weight(s) stored.</source>
        <translation>
            <numerusform>%1: đã lưu %n quyền số.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: refused, %n problem(s); no weight was stored from this file.</source>
        <translation>
            <numerusform>%1: bị từ chối, %n lỗi; không quyền số nào từ tệp này được lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Chỉ tiêu báo cáo</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>List the reporting units (the country, the 63 provinces until 30 June 2025, the 34 from 1 July 2025, the units the office added), or add units: chiso units import FILE (CSV: code,name_vi,name_en,kind,valid_from,valid_until,centre_lat,centre_lon,indicators; all lines or none).</source>
        <translation>Liệt kê các đơn vị báo cáo (cả nước, 63 tỉnh đến 30/6/2025, 34 tỉnh từ 1/7/2025, các đơn vị văn phòng đã thêm), hoặc thêm đơn vị: chiso units import TỆP (CSV: code,name_vi,name_en,kind,valid_from,valid_until,centre_lat,centre_lon,indicators; nhập tất cả các dòng hoặc không dòng nào).</translation>
    </message>
    <message>
        <source>Add a section that ranks the provinces and maps them (&quot;By province&quot;).</source>
        <translation>Thêm phần xếp hạng và bản đồ các tỉnh, thành phố (&quot;Theo tỉnh&quot;).</translation>
    </message>
    <message>
        <source>With --by-province: the indicator the provinces are ranked on (default revenue).</source>
        <translation>Dùng với --by-province: chỉ tiêu để xếp hạng các tỉnh, thành phố (mặc định revenue).</translation>
    </message>
    <message>
        <source>--province-indicator goes with --by-province.</source>
        <translation>--province-indicator chỉ dùng kèm --by-province.</translation>
    </message>
    <message>
        <source>--province-indicator: there is no indicator &apos;%1&apos; to rank the provinces on; choose one of %2.</source>
        <translation>--province-indicator: không có chỉ tiêu &apos;%1&apos; để xếp hạng các tỉnh, thành phố; hãy chọn một trong %2.</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;: choose dashboard, indicator:CODE, overview, table, entry, findings, submissions, history, ranking:CODE, map:CODE, multiples:CODE or gaps:CODE.</source>
        <translation>Không có màn hình &apos;%1&apos;: chọn dashboard, indicator:MÃ, overview, table, entry, findings, submissions, history, ranking:MÃ, map:MÃ, multiples:MÃ hoặc gaps:MÃ.</translation>
    </message>
    <message>
        <source>window: render a view to PNG and exit (--view dashboard|indicator:CODE|overview|table|entry|findings|submissions|history|addup|ranking:CODE|map:CODE|multiples:CODE|gaps:CODE, --size 1400x900, each side 200 to 10000)</source>
        <translation>cửa sổ: vẽ một màn hình ra PNG rồi thoát (--view dashboard|indicator:MÃ|overview|table|entry|findings|submissions|history|addup|ranking:MÃ|map:MÃ|multiples:MÃ|gaps:MÃ, --size 1400x900, mỗi cạnh từ 200 đến 10000)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>đã trả lại</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>đã mở lại</translation>
    </message>
    <message>
        <source>no form</source>
        <translation>chưa có biểu</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>chờ duyệt</translation>
    </message>
    <message>
        <source>approved (locked)</source>
        <translation>đã duyệt (đã khóa)</translation>
    </message>
    <message>
        <source>The office&apos;s review of a unit&apos;s monthly form: approve it (the month is then locked: no change to its figures until it is reopened), return it with a comment (the unit sends a new form), or reopen an approved month with the reason. Without an action: the month&apos;s review history.</source>
        <translation>Văn phòng duyệt biểu tháng của một đơn vị: phê duyệt (tháng đó bị khóa: không sửa được số liệu cho đến khi mở lại), trả lại kèm ý kiến (đơn vị gửi biểu mới), hoặc mở lại một tháng đã duyệt kèm lý do. Không nêu thao tác: lịch sử duyệt của tháng.</translation>
    </message>
    <message>
        <source>approve, return or reopen (nothing: the history)</source>
        <translation>approve (duyệt), return (trả lại) hoặc reopen (mở lại) (bỏ trống: lịch sử)</translation>
    </message>
    <message>
        <source>The unit&apos;s code.</source>
        <translation>Mã đơn vị.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Why it is returned or reopened (required for those two).</source>
        <translation>Lý do trả lại hoặc mở lại (bắt buộc với hai thao tác này).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>Expected approve, return or reopen, found &apos;%1&apos;.</source>
        <translation>Cần approve, return hoặc reopen, nhận được &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Give --unit, --year and --month.</source>
        <translation>Hãy cho --unit, --year và --month.</translation>
    </message>
    <message>
        <source>A return needs --comment: say what the unit should correct.</source>
        <translation>Trả lại cần có --comment: hãy nói đơn vị cần sửa gì.</translation>
    </message>
    <message>
        <source>A reopening needs --comment: say why the approved month is reopened.</source>
        <translation>Mở lại cần có --comment: hãy nói vì sao mở lại tháng đã duyệt.</translation>
    </message>
    <message>
        <source>There was no unit %1 in %2/%3: list the units with chiso units.</source>
        <translation>Không có đơn vị %1 trong tháng %2/%3: xem danh sách đơn vị bằng chiso units.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2/%3: %4.</source>
        <translation>Biểu tháng %2/%3 của đơn vị %1: %4.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>Chưa có lần duyệt nào.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Review: %1 approved, %2 returned, %3 to review.</source>
        <translation>Duyệt: %1 đã duyệt, %2 trả lại, %3 chờ duyệt.</translation>
    </message>
    <message>
        <source>approve, return or reopen a unit&apos;s monthly form; its review history</source>
        <translation>duyệt, trả lại hoặc mở lại biểu tháng của một đơn vị; lịch sử duyệt</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly form(s), </source>
        <translation>
            <numerusform>%n biểu mẫu tháng, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), with the bundled national figures.</source>
        <translation>
            <numerusform>%n lượt duyệt, cùng số liệu cả nước đi kèm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Thêm lúc</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <source>Region code (default VN, the whole country; for a unit&apos;s login, its own region).</source>
        <translation>Mã địa bàn (mặc định VN, toàn quốc; với tài khoản của đơn vị: địa bàn của đơn vị).</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Tăng trưởng</translation>
    </message>
    <message>
        <source>Share of plan</source>
        <translation>Đạt % kế hoạch</translation>
    </message>
    <message>
        <source>%1 by province, %2: %3</source>
        <translation>%1 theo tỉnh, thành phố, %2: %3</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>không có số liệu</translation>
    </message>
    <message>
        <source> (rank %1)</source>
        <translation> (hạng %1)</translation>
    </message>
    <message>
        <source>%1 by province, months 1–%2, on one scale</source>
        <translation>%1 theo tỉnh, thành phố, lũy kế tháng 1–%2, cùng một thang đo</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <source>Rank and colour by:</source>
        <translation>Xếp hạng và tô màu theo:</translation>
    </message>
    <message>
        <source>Ranking and map</source>
        <translation>Xếp hạng và bản đồ</translation>
    </message>
    <message>
        <source>Year to date by province</source>
        <translation>Lũy kế năm theo tỉnh</translation>
    </message>
    <message>
        <source>Reported vs measured</source>
        <translation>Số báo cáo so với số đo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Cùng kỳ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Đo đạc</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Gap, relative</source>
        <translation>Chênh lệch tương đối</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu ra PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Lưu ra SVG…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>No province has both a reported and a measured figure of %1 for %2.</source>
        <translation>Không tỉnh, thành phố nào có cả số báo cáo và số đo đạc của %1 kỳ %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n province(s) with both a reported and a measured figure of %1 for %2, the largest gap first (measured − reported).</source>
        <translation>
            <numerusform>%n tỉnh, thành phố có cả số báo cáo và số đo đạc của %1 kỳ %2, chênh lệch lớn nhất xếp trước (đo đạc − báo cáo).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 provinces have a figure for %3; double-click a province to open it.</source>
        <translation>%1/%2 tỉnh, thành phố có số liệu kỳ %3; nhấp đúp vào một tỉnh để mở số liệu của tỉnh đó.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not UTF-8 (it looks like UTF-16): save it as UTF-8</source>
        <translation>tệp không phải UTF-8 (có vẻ là UTF-16): hãy lưu lại dưới dạng UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>một trường trong dấu ngoặc kép chưa được đóng trước khi hết tệp</translation>
    </message>
    <message>
        <source>a quote appears inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>có dấu ngoặc kép bên trong một trường không được đặt trong ngoặc kép (hãy đặt cả trường trong ngoặc kép và viết dấu ngoặc kép hai lần)</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field</source>
        <translation>có chữ đứng sau dấu ngoặc kép đóng của một trường</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB: this is not a CSV file of figures</source>
        <translation>dòng dài hơn %1 MiB: đây không phải tệp CSV số liệu</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (it looks like UTF-32): save it as UTF-8</source>
        <translation>tệp không phải UTF-8 (có vẻ là UTF-32): hãy lưu lại dưới dạng UTF-8</translation>
    </message>
    <message>
        <source>the file is a zip archive (an Excel workbook?): name it .xlsx, or save it from Excel as CSV UTF-8</source>
        <translation>tệp là một tệp nén zip (một sổ tính Excel?): hãy đặt đuôi .xlsx, hoặc trong Excel lưu lại dạng CSV UTF-8</translation>
    </message>
    <message>
        <source>the file holds a NUL byte at line %1, which text never has (damaged, or not a text file): save it again as CSV UTF-8</source>
        <translation>tệp chứa byte NUL ở dòng %1, điều mà văn bản không bao giờ có (tệp hỏng hoặc không phải tệp văn bản): hãy lưu lại dạng CSV UTF-8</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(stated %1)</source>
        <translation>(công bố %1)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>kỳ vọng %1</translation>
    </message>
    <message>
        <source>Stated: %1 of plan</source>
        <translation>Công bố: đạt %1 kế hoạch</translation>
    </message>
    <message>
        <source>No plan stated for this year</source>
        <translation>Chưa có kế hoạch năm được công bố</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) to note</source>
        <translation>
            <numerusform>%n số liệu cần lưu ý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(from the %n-month figure)</source>
        <translation>
            <numerusform>(từ số liệu %n tháng)</numerusform>
        </translation>
    </message>
    <message>
        <source>Year-end forecast: %1</source>
        <translation>Dự báo cả năm: %1</translation>
    </message>
    <message>
        <source>December forecast: %1</source>
        <translation>Dự báo tháng 12: %1</translation>
    </message>
    <message>
        <source>Click or press Enter for this indicator&apos;s charts</source>
        <translation>Bấm hoặc nhấn Enter để xem biểu đồ của chỉ tiêu này</translation>
    </message>
    <message>
        <source>No figure yet for %1</source>
        <translation>Chưa có số liệu %1</translation>
    </message>
    <message>
        <source>No figure yet in %1</source>
        <translation>Chưa có số liệu năm %1</translation>
    </message>
    <message>
        <source>Last figure: %1 (%2)</source>
        <translation>Số liệu gần nhất: %1 (%2)</translation>
    </message>
    <message>
        <source>(the plan itself is not stored)</source>
        <translation>(chưa lưu số kế hoạch)</translation>
    </message>
    <message>
        <source>No figures yet for %1.</source>
        <translation>Chưa có số liệu %1.</translation>
    </message>
    <message>
        <source>The latest month with figures is %1.</source>
        <translation>Số liệu mới nhất là của %1.</translation>
    </message>
    <message>
        <source>No figure or plan of region %1 is known as of %2.</source>
        <translation>Chưa có số liệu hay kế hoạch nào của địa bàn %1 được biết tính đến %2.</translation>
    </message>
    <message>
        <source>Method: %1. %2</source>
        <translation>Phương pháp: %1. %2</translation>
    </message>
    <message>
        <source>Method: least squares on this year&apos;s and last year&apos;s readings, extended to December.</source>
        <translation>Phương pháp: bình phương tối thiểu trên các số liệu năm nay và năm trước, kéo dài đến tháng 12.</translation>
    </message>
    <message>
        <source>%1 of plan</source>
        <translation>%1 kế hoạch</translation>
    </message>
    <message>
        <source>80%: %1 – %2</source>
        <translation>khoảng 80%: %1 – %2</translation>
    </message>
    <message>
        <source>chance of reaching the plan %1</source>
        <translation>khả năng đạt kế hoạch %1</translation>
    </message>
    <message>
        <source>Bar: %1 of the plan reached</source>
        <translation>Thanh đậm: đã đạt %1 kế hoạch</translation>
    </message>
    <message>
        <source>Thin mark: %1 expected by now</source>
        <translation>Vạch mảnh: kỳ vọng %1 đến thời điểm này</translation>
    </message>
    <message>
        <source>Thick mark: the plan (100%)</source>
        <translation>Vạch đậm: kế hoạch (100%)</translation>
    </message>
    <message>
        <source>Pale bar: the forecast, %1 of the plan</source>
        <translation>Thanh nhạt: dự báo cuối năm, %1 kế hoạch</translation>
    </message>
    <message>
        <source>%1 vs same period</source>
        <translation>%1 so với cùng kỳ</translation>
    </message>
    <message>
        <source>%1 so far (blue) and %2 (grey); dotted: the plan</source>
        <translation>Năm %1 đến nay (xanh) và năm %2 (xám); chấm chấm: kế hoạch</translation>
    </message>
    <message>
        <source>Plan %1: %2 reached</source>
        <translation>Kế hoạch %1: đạt %2</translation>
    </message>
    <message>
        <source>Last year&apos;s figure for the same month is not known: the expected pace is the share of the year elapsed (m/12).</source>
        <translation>Chưa có số liệu cùng kỳ năm trước: tiến độ kỳ vọng lấy theo số tháng đã qua (m/12).</translation>
    </message>
    <message>
        <source>The expected pace rests on a figure of last year that no source gives, derived from the figures around it (†).</source>
        <translation>Tiến độ kỳ vọng dựa trên một số liệu năm trước mà không nguồn nào công bố, được suy ra từ các số liệu lân cận (†).</translation>
    </message>
    <message>
        <source>The expected pace starts from the figure of %1, flagged as a break: no status is drawn from it.</source>
        <translation>Tiến độ kỳ vọng tính từ số liệu %1, số liệu bị đánh dấu gián đoạn: không đánh giá tiến độ từ số liệu này.</translation>
    </message>
    <message>
        <source>Share of plan reached minus the share expected by now</source>
        <translation>Tỷ lệ kế hoạch đã đạt trừ tỷ lệ kỳ vọng đến thời điểm này</translation>
    </message>
    <message>
        <source>Bar: share of the year&apos;s plan reached · thin mark: where it should be by now · thick mark: the plan · pale: the year-end forecast · line at the top right: this year so far against last year</source>
        <translation>Thanh: tỷ lệ kế hoạch năm đã đạt · vạch mảnh: mức kỳ vọng đến nay · vạch đậm: kế hoạch · phần nhạt: dự báo cuối năm · đường nhỏ góc phải: năm nay so với năm trước</translation>
    </message>
    <message>
        <source>Also given: %1 · shown: %2</source>
        <translation>Nguồn khác ghi: %1 · đang dùng: %2</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>Kế hoạch %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoUnits</name>
    <message>
        <source>The illustrative figure %1 of %2 for %3 could not be stored.</source>
        <translation>Không lưu được số liệu minh hoạ %1 của %2 kỳ %3.</translation>
    </message>
    <message>
        <source>The illustrative figures could not be stored.</source>
        <translation>Không lưu được số liệu minh hoạ.</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Chưa lưu được gì: %1</translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>Chưa hoàn tác được gì: %1</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>Monthly figures, %1</source>
        <translation>Số liệu hằng tháng, %1</translation>
    </message>
    <message>
        <source>Type the year-to-date figure of each indicator for this month (levels: the reading of the month) and, where it changed, the year&apos;s plan. Numbers as you write them in %1. Saved figures are stored as typed in this form, with your name and the time; Ctrl+Z undoes a save.</source>
        <translation>Nhập số lũy kế đến tháng này của từng chỉ tiêu (chỉ tiêu thời điểm: số đo trong tháng) và, nếu có thay đổi, kế hoạch năm. Viết số theo cách viết %1. Số liệu được lưu là nhập tay từ biểu mẫu này, kèm tên bạn và thời điểm lưu; Ctrl+Z để hoàn tác một lần lưu.</translation>
    </message>
    <message>
        <source>Vietnamese (2.067.389 or 49,6)</source>
        <translation>tiếng Việt (2.067.389 hoặc 49,6)</translation>
    </message>
    <message>
        <source>English (2,067,389 or 49.6)</source>
        <translation>tiếng Anh (2,067,389 hoặc 49.6)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Figure for the month</source>
        <translation>Số liệu của tháng</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Đang lưu</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Kế hoạch năm %1</translation>
    </message>
    <message>
        <source>Plan stored now</source>
        <translation>Kế hoạch đang lưu</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>thực hiện</translation>
    </message>
    <message>
        <source>Expected a number such as 2.067.389 or 49,6</source>
        <translation>Cần một số như 2.067.389 hoặc 49,6</translation>
    </message>
    <message>
        <source>Expected a number such as 2,067,389 or 49.6</source>
        <translation>Cần một số như 2,067,389 hoặc 49.6</translation>
    </message>
    <message numerus="yes">
        <source>Save %n figure(s) for %1</source>
        <translation>
            <numerusform>Lưu %n số liệu cho %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n figure(s).</source>
        <translation>
            <numerusform>Đã lưu %n số liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: nothing was stored.</source>
        <translation>Chưa lưu: không số liệu nào được lưu.</translation>
    </message>
    <message>
        <source>plan for %1</source>
        <translation>kế hoạch năm %1</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Một người dùng khác</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Người khác đã thay đổi</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 since this form read it: it is %4 now.</source>
        <translation>%1 đã thay đổi %2 lúc %3, sau khi biểu mẫu này đọc: hiện là %4.</translation>
    </message>
    <message>
        <source>%1 removed %2 at %3 since this form read it.</source>
        <translation>%1 đã xóa %2 lúc %3, sau khi biểu mẫu này đọc.</translation>
    </message>
    <message>
        <source>Nothing was saved. Reload to see the figures as they are now (what you typed stays in the form), or overwrite them with yours knowingly.</source>
        <translation>Chưa lưu gì. Tải lại để xem số liệu hiện tại (những gì bạn đã nhập vẫn giữ trong biểu mẫu), hoặc chủ động ghi đè bằng số liệu của bạn.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Ghi đè</translation>
    </message>
    <message>
        <source>Use my figures instead</source>
        <translation>Dùng số liệu của tôi</translation>
    </message>
    <message>
        <source>Records the office&apos;s choice of the figures just saved: every view, report, briefing and forecast then uses them, for everyone.</source>
        <translation>Ghi nhận lựa chọn của cơ quan cho các số liệu vừa lưu: mọi màn hình, báo cáo, bản tin và dự báo đều dùng các số liệu này, cho mọi người.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>figure for the month</source>
        <translation>số liệu tháng</translation>
    </message>
    <message>
        <source>Check these figures</source>
        <translation>Kiểm tra các số liệu này</translation>
    </message>
    <message>
        <source>These figures stray far from the ones before them:</source>
        <translation>Các số liệu này chênh lệch nhiều so với các số liệu trước đó:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Correct them</source>
        <translation>Sửa lại</translation>
    </message>
    <message>
        <source>%1 shows %2 from %3 (%4)</source>
        <translation>%1 đang hiển thị %2 của %3 (%4)</translation>
    </message>
    <message>
        <source>Not the ones used, as other sources&apos; outrank them: %1.</source>
        <translation>Chưa phải số liệu được dùng, vì số liệu của nguồn khác được ưu tiên hơn: %1.</translation>
    </message>
    <message>
        <source>The figures you saved are now the ones used everywhere (the office&apos;s choice; the detail view can change it).</source>
        <translation>Các số liệu bạn đã lưu nay được dùng ở mọi nơi (lựa chọn của cơ quan; có thể đổi ở màn hình chi tiết chỉ tiêu).</translation>
    </message>
    <message>
        <source>The choice was not stored; the window says why.</source>
        <translation>Lựa chọn chưa được lưu; cửa sổ cho biết lý do.</translation>
    </message>
    <message>
        <source>The login %1 stores only region %2&apos;s figures: choose %2 above to enter them. Region %3&apos;s are shown as they are stored.</source>
        <translation>Tài khoản %1 chỉ lưu số liệu của địa bàn %2: hãy chọn %2 ở trên để nhập. Số liệu của địa bàn %3 được hiển thị như đang lưu.</translation>
    </message>
    <message>
        <source>The login %1 may only read this database: the figures are shown as they are stored. An office login can give it more rights (chiso server add-user).</source>
        <translation>Tài khoản %1 chỉ được đọc cơ sở dữ liệu này: số liệu được hiển thị như đang lưu. Tài khoản văn phòng có thể cấp thêm quyền (chiso server add-user).</translation>
    </message>
</context>
<context>
    <name>EntryChecks</name>
    <message>
        <source>%1× larger than %2 (%3)</source>
        <translation>lớn gấp %1 lần so với %2 (%3)</translation>
    </message>
    <message>
        <source>%1× smaller than %2 (%3)</source>
        <translation>nhỏ bằng 1/%1 so với %2 (%3)</translation>
    </message>
    <message>
        <source>nothing, against %1 (%2)</source>
        <translation>bằng không, trong khi %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is %3. Check the digits and separators before saving.</source>
        <translation>%1: %2 %3. Hãy kiểm tra các chữ số và dấu phân cách trước khi lưu.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>%1 has 3 decimals, but %2 is given in whole numbers; did you mean %3?</source>
        <translation>%1 có 3 chữ số thập phân, nhưng %2 được ghi bằng số nguyên; có phải ý bạn là %3?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n decimal(s), but %2 is given to %3.</source>
        <translation>
            <numerusform>%1 có %n chữ số thập phân, nhưng %2 được ghi đến %3 chữ số.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureCsv</name>
    <message>
        <source>expected a number, found nothing</source>
        <translation>cần một số, nhưng ô trống</translation>
    </message>
    <message>
        <source>expected a number written with &apos;.&apos; as decimal point and no thousands separators (2067389 or 49.6), found &apos;%1&apos;</source>
        <translation>cần một số dùng &apos;.&apos; làm dấu thập phân và không có dấu phân cách hàng nghìn (2067389 hoặc 49.6), nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a number such as 2067389 or 49.6, found &apos;%1&apos;</source>
        <translation>cần một số như 2067389 hoặc 49.6, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>cột không xác định; các cột là: %1</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>cột này xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the header lacks the column &apos;%1&apos;; a header line is: %2</source>
        <translation>dòng tiêu đề thiếu cột &apos;%1&apos;; dòng tiêu đề đầy đủ là: %2</translation>
    </message>
    <message>
        <source>the header needs a column &apos;source_url&apos; or &apos;source_title&apos;: every figure needs its source</source>
        <translation>dòng tiêu đề cần cột &apos;source_url&apos; hoặc &apos;source_title&apos;: mọi số liệu đều phải có nguồn</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8: save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>văn bản không phải UTF-8 hợp lệ: hãy lưu tệp dưới dạng UTF-8 (trong Excel: &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the line has %1 fields; the header has %2</source>
        <translation>dòng có %1 trường; dòng tiêu đề có %2</translation>
    </message>
    <message>
        <source>expected value, plan, stated_growth or stated_share, found &apos;%1&apos;</source>
        <translation>cần value, plan, stated_growth hoặc stated_share, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;; known: %2</source>
        <translation>chỉ tiêu &apos;%1&apos; không xác định; các chỉ tiêu đã biết: %2</translation>
    </message>
    <message>
        <source>expected a region code of letters and digits such as VN, found &apos;%1&apos;</source>
        <translation>cần mã địa bàn gồm chữ và số như VN, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a year from 1900 to 2100, found &apos;%1&apos;</source>
        <translation>cần một năm từ 1900 đến 2100, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a plan is for the whole year: leave the month empty or write 12, found &apos;%1&apos;</source>
        <translation>kế hoạch là cho cả năm: để trống tháng hoặc ghi 12, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a month from 1 to 12 (the year-to-date cut-off), found &apos;%1&apos;</source>
        <translation>cần một tháng từ 1 đến 12 (tháng chốt số lũy kế), nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the number %1 is too large to be a figure of the sector</source>
        <translation>số %1 quá lớn để là số liệu của ngành</translation>
    </message>
    <message>
        <source>a figure or plan cannot be negative, found %1</source>
        <translation>số liệu hoặc kế hoạch không thể âm, nhận được %1</translation>
    </message>
    <message>
        <source>a share in per cent cannot exceed 100, found %1</source>
        <translation>tỷ lệ phần trăm không thể vượt 100, nhận được %1</translation>
    </message>
    <message>
        <source>a fall of more than 100% is impossible, found %1</source>
        <translation>không thể giảm quá 100%, nhận được %1</translation>
    </message>
    <message>
        <source>a share of the plan cannot be negative, found %1</source>
        <translation>tỷ lệ hoàn thành kế hoạch không thể âm, nhận được %1</translation>
    </message>
    <message>
        <source>a figure needs its basis: actual, estimate, reported or measured, found &apos;%1&apos;</source>
        <translation>số liệu cần có căn cứ: actual, estimate, reported hoặc measured, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only figures (record &apos;value&apos;) have a basis; leave it empty here</source>
        <translation>chỉ số liệu (record &apos;value&apos;) mới có căn cứ; hãy để trống ô này</translation>
    </message>
    <message>
        <source>expected an address starting with http:// or https://, found &apos;%1&apos;</source>
        <translation>cần một địa chỉ bắt đầu bằng http:// hoặc https://, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>every figure needs its source: give an address or a title</source>
        <translation>mọi số liệu đều phải có nguồn: hãy ghi địa chỉ hoặc tên nguồn</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &apos;%1&apos;</source>
        <translation>cần một ngày dạng YYYY-MM-DD, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a whole address with a host, such as https://mic.gov.vn/…, found &apos;%1&apos;</source>
        <translation>cần một địa chỉ đầy đủ có tên máy chủ, ví dụ https://mic.gov.vn/…, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the publication date %1 is in the future</source>
        <translation>ngày công bố %1 nằm trong tương lai</translation>
    </message>
    <message>
        <source>the publication date %1 is more than ten years before the plan&apos;s year %2</source>
        <translation>ngày công bố %1 sớm hơn năm kế hoạch %2 quá mười năm</translation>
    </message>
    <message>
        <source>the publication date %1 is before the figure&apos;s month %2 began</source>
        <translation>ngày công bố %1 sớm hơn đầu tháng %2 của số liệu</translation>
    </message>
    <message>
        <source>the text is %1 characters long; a field holds at most %2 (as an Excel cell does): shorten it, or keep the long text in a document the source points to</source>
        <translation>văn bản dài %1 ký tự; mỗi trường chứa tối đa %2 ký tự (như một ô Excel): hãy rút gọn, hoặc để phần văn bản dài trong tài liệu mà nguồn trỏ tới</translation>
    </message>
</context>
<context>
    <name>FigureImporter</name>
    <message>
        <source>The database refused the import: %1</source>
        <translation>Cơ sở dữ liệu từ chối việc nhập: %1</translation>
    </message>
    <message>
        <source>conflict: the stored figure %1 from this source is %2; this file says %3</source>
        <translation>xung đột: số liệu %1 đã lưu từ nguồn này là %2; tệp này ghi %3</translation>
    </message>
    <message>
        <source>duplicate row: line %1 already gives %2 from the same source</source>
        <translation>dòng trùng: dòng %1 đã ghi %2 từ cùng nguồn</translation>
    </message>
    <message>
        <source>this source is already known with the date %1</source>
        <translation>nguồn này đã được lưu với ngày %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line: %1</source>
        <translation>tệp rỗng; cần một dòng tiêu đề: %1</translation>
    </message>
    <message>
        <source>the file has a header but no figures</source>
        <translation>tệp có dòng tiêu đề nhưng không có số liệu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer an indicator of this database (another program changed its list): open it again</source>
        <translation>&apos;%1&apos; không còn là chỉ tiêu của cơ sở dữ liệu này (một chương trình khác đã sửa danh sách chỉ tiêu): hãy mở lại cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database refused the import</source>
        <translation>Cơ sở dữ liệu từ chối lần nhập</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Không lưu được lần nhập: %1</translation>
    </message>
    <message>
        <source>your login may not write figures of region %1</source>
        <translation>tài khoản của bạn không được ghi số liệu của địa bàn %1</translation>
    </message>
    <message>
        <source>your login writes only region %1&apos;s figures, not %2</source>
        <translation>tài khoản của bạn chỉ ghi số liệu của địa bàn %1, không phải %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit of this database: list the units with chiso units, add one with chiso units import FILE</source>
        <translation>&apos;%1&apos; không phải là đơn vị của cơ sở dữ liệu này: xem danh sách bằng chiso units, thêm đơn vị bằng chiso units import TỆP</translation>
    </message>
    <message>
        <source>in %1 there was no unit %2: the code was %3</source>
        <translation>kỳ %1 không có đơn vị mã %2: mã này là của %3</translation>
    </message>
    <message>
        <source>expected the monthly form of %1 for %2; this file is not a monthly form (chiso template --unit %1)</source>
        <translation>cần biểu tháng của %1 kỳ %2; tệp này không phải biểu tháng (chiso template --unit %1)</translation>
    </message>
    <message>
        <source>this is the form of the unit %1, not of %2</source>
        <translation>đây là biểu của đơn vị %1, không phải của %2</translation>
    </message>
    <message>
        <source>this is the form of %1, not of %2</source>
        <translation>đây là biểu kỳ %1, không phải kỳ %2</translation>
    </message>
    <message>
        <source>a CSV file or a workbook</source>
        <translation>một tệp CSV hoặc một sổ tính Excel</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>the disk or device is full</source>
        <translation>ổ đĩa hoặc thiết bị đã đầy</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>quá nhiều tầng liên kết tượng trưng (symbolic link)</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>một phần của đường dẫn không phải là thư mục</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>đây là một thư mục</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the program reading the output has closed it</source>
        <translation>chương trình đọc dữ liệu ra đã đóng nó</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>tên quá dài</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>một FIFO (ống có tên)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>một socket</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>this is a folder, not a CSV file</source>
        <translation>đây là một thư mục, không phải tệp CSV</translation>
    </message>
    <message>
        <source>this is %1, not a file: import %2</source>
        <translation>đây là %1, không phải tệp: hãy nhập %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>không đọc được tệp: %1</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Stated share of plan</source>
        <translation>Tỷ lệ kế hoạch được công bố</translation>
    </message>
    <message>
        <source>Stated growth</source>
        <translation>Tăng trưởng công bố</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Điều chỉnh số liệu</translation>
    </message>
    <message>
        <source>Month vs year to date</source>
        <translation>Số tháng so với lũy kế</translation>
    </message>
    <message>
        <source>Sources differ</source>
        <translation>Các nguồn khác nhau</translation>
    </message>
    <message>
        <source>Reported vs measured</source>
        <translation>Số báo cáo so với số đo</translation>
    </message>
    <message>
        <source>Break in the series</source>
        <translation>Điểm gãy trong chuỗi số liệu</translation>
    </message>
    <message>
        <source>%1, %2: a source states %3 of the plan; %4 against the plan of %5 is %6.</source>
        <translation>%1, %2: một nguồn công bố đạt %3 kế hoạch; %4 so với kế hoạch %5 là %6.</translation>
    </message>
    <message>
        <source>%1, %2: a source states growth of %3; %4 against %5 a year earlier is %6 (the stated rate implies a base of %7).</source>
        <translation>%1, %2: một nguồn công bố tăng trưởng %3; %4 so với %5 cùng kỳ năm trước là %6 (tốc độ công bố ngụ ý số cùng kỳ là %7).</translation>
    </message>
    <message>
        <source>%1, %2: the stated growth of %3 on %4 implies %5 for %6, not the %7 stored: last year&apos;s figure was probably revised.</source>
        <translation>%1, %2: tốc độ tăng %3 trên %4 ngụ ý số năm %6 là %5, không phải %7 đang lưu: số năm trước có lẽ đã được điều chỉnh.</translation>
    </message>
    <message>
        <source>%1, %2: the month alone is given as %3, but the year-to-date figures differ by %4 (%5 − %6), a gap of %7.</source>
        <translation>%1, %2: số riêng tháng được ghi là %3, nhưng các số lũy kế chênh nhau %4 (%5 − %6), lệch %7.</translation>
    </message>
    <message>
        <source>%1, %2: sources differ: %3 in %4 against %5 in %6 (%7).</source>
        <translation>%1, %2: các nguồn ghi khác nhau: %3 theo %4, so với %5 theo %6 (%7).</translation>
    </message>
    <message>
        <source>%1, %2: reported %3 against %4 measured online.</source>
        <translation>%1, %2: báo cáo %3, trong khi đo trực tuyến chỉ %4.</translation>
    </message>
    <message>
        <source>%1: from %2 (%3) to %4 (%5), a jump beyond the series&apos; own variation: likely a change of definition.</source>
        <translation>%1: từ %2 (%3) sang %4 (%5), bước nhảy vượt xa biến động thường thấy của chuỗi số liệu: có lẽ đã thay đổi cách tính.</translation>
    </message>
    <message>
        <source>No findings: the figures agree with one another.</source>
        <translation>Không có điểm cần lưu ý: các số liệu khớp với nhau.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), the largest gap first:</source>
        <translation>
            <numerusform>%n điểm cần lưu ý, chênh lệch lớn nhất trước:</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>What you concluded about this finding:</source>
        <translation>Kết luận của bạn về điểm này:</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Ghi nhận…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) about %1 as known for the briefing of %2</source>
        <translation>
            <numerusform>%n điểm cần lưu ý về năm %1 theo số liệu đã biết khi lập báo cáo %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n chưa xử lý</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged by %1: %2</source>
        <translation>Đã ghi nhận bởi %1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>Tolerances of the check</source>
        <translation>Ngưỡng kiểm tra số liệu</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> điểm %</translation>
    </message>
    <message>
        <source>Stated share of plan, beyond its rounding:</source>
        <translation>Tỷ lệ kế hoạch được công bố, ngoài mức làm tròn:</translation>
    </message>
    <message>
        <source>Stated growth, beyond its rounding:</source>
        <translation>Tăng trưởng được công bố, ngoài mức làm tròn:</translation>
    </message>
    <message>
        <source>Two sources of one figure:</source>
        <translation>Hai nguồn của cùng một số liệu:</translation>
    </message>
    <message>
        <source>Month alone against the year-to-date difference:</source>
        <translation>Số riêng tháng so với hiệu hai số lũy kế:</translation>
    </message>
    <message>
        <source>Tolerances…</source>
        <translation>Ngưỡng…</translation>
    </message>
    <message>
        <source>Provinces vs national</source>
        <translation>Các tỉnh so với cả nước</translation>
    </message>
    <message>
        <source>%1, %2: the provinces add up to %3; the national report says %4 (%5).</source>
        <translation>%1, %2: các tỉnh cộng lại được %3; báo cáo cả nước ghi %4 (%5).</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>%1 — year-end %2, from figures up to %3</source>
        <translation>%1 — dự báo cả năm %2, theo số liệu đến %3</translation>
    </message>
    <message>
        <source>No year-to-date figure for %1 yet: no forecast.</source>
        <translation>Chưa có số lũy kế năm %1: chưa dự báo được.</translation>
    </message>
    <message>
        <source>Year to date: %1; plan for the year: %2.</source>
        <translation>Lũy kế: %1; kế hoạch năm: %2.</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>chưa công bố</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Year-end</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>Khoảng 80%</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Khoảng 95%</translation>
    </message>
    <message>
        <source>Share of plan</source>
        <translation>Đạt % kế hoạch</translation>
    </message>
    <message>
        <source>Chance of meeting plan</source>
        <translation>Xác suất đạt KH</translation>
    </message>
    <message>
        <source>Backtest MAPE (years)</source>
        <translation>MAPE kiểm tra lại (số năm)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>too few past years to size its uncertainty</source>
        <translation>chưa đủ số năm trước để ước lượng độ bất định</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Số mới nhất</translation>
    </message>
    <message>
        <source>December forecast</source>
        <translation>Dự báo tháng 12</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Chance of meeting target</source>
        <translation>Xác suất đạt mục tiêu</translation>
    </message>
    <message>
        <source>Readings used</source>
        <translation>Số điểm dùng</translation>
    </message>
    <message>
        <source>Run rate</source>
        <translation>Nhịp hiện tại</translation>
    </message>
    <message>
        <source>Last year&apos;s profile</source>
        <translation>Theo cơ cấu năm trước</translation>
    </message>
    <message>
        <source>Seasonal naive</source>
        <translation>Cộng phần còn lại năm trước</translation>
    </message>
    <message>
        <source>Trend, linear</source>
        <translation>Xu hướng tuyến tính</translation>
    </message>
    <message>
        <source>Trend, quadratic</source>
        <translation>Xu hướng bậc hai</translation>
    </message>
    <message>
        <source>Past years&apos; regression</source>
        <translation>Hồi quy các năm trước</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Kết hợp</translation>
    </message>
    <message>
        <source>no figure at the cut-off</source>
        <translation>không có số liệu ở tháng chốt</translation>
    </message>
    <message>
        <source>needs last year&apos;s same cut-off and total</source>
        <translation>cần số cùng kỳ và tổng cả năm của năm trước</translation>
    </message>
    <message>
        <source>needs more cut-offs this year</source>
        <translation>cần thêm các kỳ chốt số trong năm nay</translation>
    </message>
    <message>
        <source>needs three past years with this cut-off and the total</source>
        <translation>cần ba năm trước có số ở tháng chốt này và tổng cả năm</translation>
    </message>
    <message>
        <source>needs two methods to combine</source>
        <translation>cần ít nhất hai phương pháp để kết hợp</translation>
    </message>
    <message>
        <source>No method can forecast from these figures.</source>
        <translation>Không phương pháp nào dự báo được từ các số liệu này.</translation>
    </message>
    <message>
        <source>Preferred: %1, since too few past years have this cut-off to score the methods.</source>
        <translation>Ưu tiên: %1, vì chưa đủ số năm trước có tháng chốt này để chấm điểm các phương pháp.</translation>
    </message>
    <message>
        <source>Preferred: %1, the only method these figures allow.</source>
        <translation>Ưu tiên: %1, phương pháp duy nhất các số liệu này cho phép.</translation>
    </message>
    <message>
        <source>Chỉ Số — year-end forecasts, as known for the briefing of %1 (region %2)</source>
        <translation>Chỉ Số — dự báo cả năm, theo số liệu đã biết khi lập báo cáo %1 (địa bàn %2)</translation>
    </message>
    <message>
        <source>Levels: least squares on the readings of this year and last, extrapolated to December.</source>
        <translation>Chỉ tiêu thời điểm: bình phương nhỏ nhất trên các số đo của năm nay và năm trước, ngoại suy đến tháng 12.</translation>
    </message>
    <message>
        <source>Backtest: what each method would have said at each cut-off of earlier years, against the year&apos;s outturn.</source>
        <translation>Kiểm tra lại: mỗi phương pháp lẽ ra đã dự báo gì ở từng tháng chốt của các năm trước, so với kết quả cả năm.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1T</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>No earlier year has a cut-off and a known total.</source>
        <translation>Chưa có năm trước nào có số ở tháng chốt và tổng cả năm.</translation>
    </message>
    <message>
        <source>Cells: MAPE (number of past years). MASE: error scaled by the mean change of the yearly totals.</source>
        <translation>Ô: MAPE (số năm trước). MASE: sai số chia cho mức thay đổi trung bình của tổng cả năm.</translation>
    </message>
    <message numerus="yes">
        <source>interval from %n past case(s)</source>
        <translation>
            <numerusform>khoảng tin cậy từ %n trường hợp trước đây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n indicator(s)</source>
        <translation>
            <numerusform>của %n chỉ tiêu</numerusform>
        </translation>
    </message>
    <message>
        <source>errors of the methods it combines</source>
        <translation>theo sai số của các phương pháp được kết hợp</translation>
    </message>
    <message>
        <source>at the earlier cut-off %1M</source>
        <translation>tại mốc sớm hơn %1T</translation>
    </message>
    <message>
        <source>%1–%2M</source>
        <translation>%1–%2T</translation>
    </message>
    <message>
        <source>Calibration: how often the year&apos;s outturn fell inside the intervals each method would have given at the time, over every flow indicator and earlier year.</source>
        <translation>Hiệu chuẩn: số thực hiện cả năm nằm trong khoảng mà từng phương pháp lẽ ra đã đưa ra tại thời điểm đó thường xuyên đến mức nào, trên mọi chỉ tiêu lũy kế và các năm trước.</translation>
    </message>
    <message>
        <source>Cut-offs</source>
        <translation>Mốc</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Số trường hợp</translation>
    </message>
    <message>
        <source>Inside 80%</source>
        <translation>Trong khoảng 80%</translation>
    </message>
    <message>
        <source>Inside 95%</source>
        <translation>Trong khoảng 95%</translation>
    </message>
    <message>
        <source>Without interval</source>
        <translation>Không có khoảng</translation>
    </message>
    <message>
        <source>rests on %1 derived %2</source>
        <comment>periods no source gives, derived</comment>
        <translation>dựa trên số %1 suy ra %2</translation>
    </message>
    <message>
        <source>Theta method (monthly)</source>
        <translation>Phương pháp theta (theo tháng)</translation>
    </message>
    <message>
        <source>needs every month of last year and of this year so far</source>
        <translation>cần số của mọi tháng năm trước và các tháng đã qua năm nay</translation>
    </message>
    <message>
        <source>The plan itself</source>
        <translation>Chính kế hoạch năm</translation>
    </message>
    <message>
        <source>no plan for the year</source>
        <translation>chưa có kế hoạch năm</translation>
    </message>
    <message>
        <source>Exponential smoothing, ETS (monthly)</source>
        <translation>San bằng mũ, ETS (theo tháng)</translation>
    </message>
    <message>
        <source>needs every month of the two years before this one and of this year so far</source>
        <translation>cần số của mọi tháng trong hai năm trước và các tháng đã qua năm nay</translation>
    </message>
    <message numerus="yes">
        <source>interval as wide as held its past outturns (%n past check(s))</source>
        <translation>
            <numerusform>khoảng rộng bằng mức đã chứa được số thực hiện các năm trước (%n lần kiểm tra)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferred: %1, its methods weighted by their backtest errors at this cut-off.</source>
        <translation>Ưu tiên: %1, các phương pháp thành phần được gán trọng số theo sai số kiểm tra lại của chúng ở tháng chốt này.</translation>
    </message>
    <message numerus="yes">
        <source>Preferred: %1, the one method whose backtest errors at this cut-off are under half the others&apos; (MAPE %2 over %n past year(s)).</source>
        <translation>
            <numerusform>Ưu tiên: %1, phương pháp duy nhất có sai số kiểm tra lại ở tháng chốt này dưới một nửa sai số của các phương pháp khác (MAPE %2 trên %n năm trước).</numerusform>
        </translation>
    </message>
    <message>
        <source>Seasonal ARIMA, airline model (monthly)</source>
        <translation>ARIMA mùa vụ, mô hình airline (theo tháng)</translation>
    </message>
    <message>
        <source>Intervals: fitted methods from their prediction interval (Student&apos;s t; the theta method from its model of the remaining months&apos; sum, ETS from 1,000 simulated paths of the remaining months, the airline model from its ψ weights); the others from their own errors at this cut-off in past years (Student&apos;s t on the log errors, at the level that held 80 % or 95 % of their past outturns where 19 past cases can tell), or, where this indicator has fewer than two, from those of every flow indicator.</source>
        <translation>Khoảng dự báo: các phương pháp hồi quy lấy khoảng dự báo của mô hình (phân phối Student t; phương pháp theta lấy từ mô hình của tổng các tháng còn lại, ETS từ 1.000 đường mô phỏng các tháng còn lại, mô hình airline từ các trọng số ψ của nó); các phương pháp khác lấy từ sai số của chính chúng tại mốc này trong các năm trước (phân phối Student t trên sai số logarit, ở mức tin cậy đã chứa được 80 % hoặc 95 % số thực hiện các năm trước khi có đủ 19 trường hợp để kiểm chứng), hoặc, khi chỉ tiêu này có ít hơn hai năm, từ sai số của mọi chỉ tiêu lũy kế.</translation>
    </message>
    <message>
        <source>needs every month of the three years before this one and of this year so far</source>
        <translation>cần số của mọi tháng trong ba năm trước và các tháng đã qua năm nay</translation>
    </message>
    <message>
        <source>Mean of the monthly models</source>
        <translation>Trung bình các mô hình theo tháng</translation>
    </message>
    <message>
        <source>Preferred: %1: every month is known, and the plain mean of ETS, theta, the seasonal ARIMA and the past years&apos; regression forecasts better than any weighting of them by a few past years.</source>
        <translation>Ưu tiên: %1: đã biết đủ mọi tháng, và trung bình cộng đơn giản của ETS, theta, ARIMA mùa vụ và hồi quy theo các năm trước dự báo tốt hơn mọi cách gán trọng số theo vài năm đã qua.</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>%1%2 pp</source>
        <comment>percentage points: sign, number</comment>
        <translation>%1%2 điểm %</translation>
    </message>
    <message>
        <source>month %1/%2</source>
        <comment>a month and year</comment>
        <translation>tháng %1/%2</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vượt tiến độ</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>đúng tiến độ</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>chậm tiến độ</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>status cannot be judged</comment>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>share of the year elapsed (m/12)</source>
        <translation>tỷ lệ thời gian đã qua trong năm (m/12)</translation>
    </message>
    <message>
        <source>share of last year&apos;s total reached by the same month</source>
        <translation>tỷ lệ tổng cả năm trước đã đạt đến cùng tháng</translation>
    </message>
    <message>
        <source>straight path from last December to the target</source>
        <translation>đường thẳng từ tháng 12 năm trước đến mục tiêu</translation>
    </message>
    <message>
        <source>%1 (stated)</source>
        <comment>a growth rate a source states, not computed</comment>
        <translation>%1 (công bố)</translation>
    </message>
    <message>
        <source>day %1 month %2 year %3</source>
        <comment>the administrative date: ngày 29 tháng 11 năm 2026</comment>
        <translation>ngày %1 tháng %2 năm %3</translation>
    </message>
    <message>
        <source>%1 (m/12 pace)</source>
        <comment>a status measured against the calendar share of the year</comment>
        <translation>%1 (theo tiến độ m/12)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <comment>the status&apos;s base figure is flagged as a break</comment>
        <translation>không đánh giá</translation>
    </message>
    <message>
        <source>M%1</source>
        <comment>a month on a chart&apos;s axis: T1 … T12</comment>
        <translation>T%1</translation>
    </message>
    <message>
        <source>%1 (derived pace)</source>
        <comment>a status measured against last year&apos;s profile with a derived figure in it</comment>
        <translation>%1 (tiến độ suy ra)</translation>
    </message>
    <message>
        <source>%1: %2, derived as %3 (%4) ÷ (1 %5 %6), the growth stated for %4</source>
        <comment>a figure no source gives, implied by next year&apos;s figure and its stated growth; %5 is + or −</comment>
        <translation>%1: %2, suy ra bằng %3 (%4) ÷ (1 %5 %6), mức tăng công bố của %4</translation>
    </message>
    <message>
        <source>%1: %2, derived between %3 and %4 (interpolated)</source>
        <comment>a figure no source gives, interpolated between the year&apos;s neighbouring figures</comment>
        <translation>%1: %2, nội suy giữa %3 và %4</translation>
    </message>
    <message>
        <source>million %1</source>
        <comment>a number in millions, then its unit: 4,25 triệu tỷ đồng</comment>
        <translation>triệu %1</translation>
    </message>
    <message>
        <source>(m/12 pace)</source>
        <comment>a status measured against the calendar share of the year</comment>
        <translation>(theo tiến độ m/12)</translation>
    </message>
    <message>
        <source>(derived pace)</source>
        <comment>a status measured against last year&apos;s profile with a derived figure in it</comment>
        <translation>(tiến độ suy ra)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Every indicator</source>
        <translation>Mọi chỉ tiêu</translation>
    </message>
    <message>
        <source>Only the region shown</source>
        <translation>Chỉ địa bàn đang xem</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Thời điểm (UTC)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>No changes are recorded for this choice.</source>
        <translation>Không có thay đổi nào được ghi lại cho lựa chọn này.</translation>
    </message>
    <message>
        <source>The latest %1 changes, latest first (chiso history lists them all).</source>
        <translation>%1 thay đổi gần nhất, mới nhất trước (chiso history liệt kê tất cả).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), latest first.</source>
        <translation>
            <numerusform>%n thay đổi, mới nhất trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>stated growth</source>
        <translation>tăng trưởng công bố</translation>
    </message>
    <message>
        <source>stated share</source>
        <translation>tỷ lệ công bố</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>thực hiện</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>đo đạc</translation>
    </message>
    <message>
        <source>acknowledgement of finding %1</source>
        <translation>ghi nhận phát hiện %1</translation>
    </message>
    <message>
        <source>source chosen for %1</source>
        <translation>nguồn được chọn cho %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Đã hủy: không lưu gì.</translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n problem(s); nothing was stored from this file.</source>
        <translation>
            <numerusform>Bị từ chối: %n lỗi; không lưu gì từ tệp này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n new figure(s); </source>
        <translation>
            <numerusform>Đã lưu %n số liệu mới; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored and unchanged.</source>
        <translation>
            <numerusform>%n số liệu đã có sẵn, không thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import figures from CSV or Excel</source>
        <translation>Nhập số liệu từ CSV hoặc Excel</translation>
    </message>
    <message>
        <source>A CSV file or Excel workbook in the format of README.md, or a filled-in monthly form</source>
        <translation>Một tệp CSV hoặc sổ tính Excel theo định dạng trong README.md, hoặc biểu tháng đã điền</translation>
    </message>
    <message>
        <source>Figures (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Số liệu (*.csv *.xlsx);;Tệp CSV (*.csv);;Sổ tính Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Figure used for %1 (the office&apos;s choice, for everyone):</source>
        <translation>Số liệu được dùng cho %1 (lựa chọn của cơ quan, áp dụng cho mọi người):</translation>
    </message>
    <message>
        <source>The usual order (latest basis, then latest publication)</source>
        <translation>Thứ tự thông thường (cơ sở số liệu mới nhất, rồi ngày công bố mới nhất)</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Tăng trưởng</translation>
    </message>
    <message>
        <source>Stated growth</source>
        <translation>Tăng trưởng công bố</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Share of plan</source>
        <translation>Đạt % kế hoạch</translation>
    </message>
    <message>
        <source>Stated share</source>
        <translation>% KH công bố</translation>
    </message>
    <message>
        <source>Expected pace</source>
        <translation>Tiến độ kỳ vọng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>%1, %2: other sources give %3</source>
        <translation>%1, %2: nguồn khác ghi %3</translation>
    </message>
    <message>
        <source>Chỉ Số — key indicators, %1 (region %2)</source>
        <translation>Chỉ Số — các chỉ tiêu chủ yếu, %1 (địa bàn %2)</translation>
    </message>
    <message>
        <source>As known when the briefing for %1 was prepared.</source>
        <translation>Theo số liệu đã biết khi lập báo cáo %1.</translation>
    </message>
    <message>
        <source>Growth: against the same cut-off a year earlier; for shares in per cent, the change in percentage points (pp).</source>
        <translation>Tăng trưởng: so với cùng kỳ năm trước (cùng tháng chốt số); với các tỷ lệ phần trăm, là mức thay đổi tính bằng điểm phần trăm (điểm %).</translation>
    </message>
    <message>
        <source>Expected pace: share of last year&apos;s total reached by the same month, else m/12; for levels, the straight path from last December to the target. Status tolerance: ±%1 pp.</source>
        <translation>Tiến độ kỳ vọng: tỷ lệ tổng cả năm trước đã đạt đến cùng tháng, nếu không có thì m/12; với chỉ tiêu thời điểm, là đường thẳng từ tháng 12 năm trước đến mục tiêu. Ngưỡng đánh giá tình trạng: ±%1 điểm %.</translation>
    </message>
    <message>
        <source>No figure for this period.</source>
        <translation>Không có số liệu cho kỳ này.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Ngày đăng: %1</translation>
    </message>
    <message>
        <source>Quote: “%1”</source>
        <translation>Trích dẫn: “%1”</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Other sources give: %1</source>
        <translation>Nguồn khác ghi: %1</translation>
    </message>
    <message>
        <source>Derived: no source gives these figures; the database implies them, and growth and pace computed from them carry the mark.</source>
        <translation>Số suy ra: không nguồn nào công bố các số này; chúng được suy ra từ cơ sở dữ liệu, và tăng trưởng, tiến độ tính từ chúng cũng mang dấu này.</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>thực hiện</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>đo đạc</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>office&apos;s choice</source>
        <translation>lựa chọn của cơ quan</translation>
    </message>
    <message>
        <source>later basis</source>
        <translation>cơ sở số liệu mới hơn</translation>
    </message>
    <message>
        <source>published later</source>
        <translation>công bố muộn hơn</translation>
    </message>
    <message>
        <source>more sources</source>
        <translation>nhiều nguồn hơn</translation>
    </message>
    <message>
        <source>stored first</source>
        <translation>lưu trước</translation>
    </message>
    <message>
        <source>Used: the office&apos;s choice, by %1 on %2.</source>
        <translation>Đang dùng: lựa chọn của cơ quan, do %1 chọn ngày %2.</translation>
    </message>
    <message>
        <source>Used: its basis (%1) is later than the others&apos;; the office may choose another.</source>
        <translation>Đang dùng: cơ sở số liệu (%1) mới hơn các nguồn khác; cơ quan có thể chọn số liệu khác.</translation>
    </message>
    <message>
        <source>Used: published later than the others; the office may choose another.</source>
        <translation>Đang dùng: công bố muộn hơn các nguồn khác; cơ quan có thể chọn số liệu khác.</translation>
    </message>
    <message>
        <source>Used: more sources give it; the office may choose another.</source>
        <translation>Đang dùng: nhiều nguồn ghi số này hơn; cơ quan có thể chọn số liệu khác.</translation>
    </message>
    <message>
        <source>Used: stored first, as nothing else tells the sources apart; the office may choose another.</source>
        <translation>Đang dùng: được lưu trước, vì không có căn cứ nào khác để phân biệt các nguồn; cơ quan có thể chọn số liệu khác.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Only an office login adds reporting units; %1 is not one.</source>
        <translation>Chỉ tài khoản văn phòng mới được thêm đơn vị báo cáo; %1 không phải tài khoản văn phòng.</translation>
    </message>
    <message>
        <source>Only an office login stores the units&apos; weights; %1 is not one.</source>
        <translation>Chỉ tài khoản văn phòng mới được lưu quyền số của các đơn vị; %1 không phải tài khoản văn phòng.</translation>
    </message>
    <message>
        <source>Only an office login acknowledges or reopens a finding; %1 is not one.</source>
        <translation>Chỉ tài khoản văn phòng mới được ghi nhận hoặc mở lại một phát hiện; %1 không phải tài khoản văn phòng.</translation>
    </message>
    <message>
        <source>Only an office login chooses which figure is used; %1 is not one.</source>
        <translation>Chỉ tài khoản văn phòng mới được chọn số liệu nào được dùng; %1 không phải tài khoản văn phòng.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Chỉ Số</source>
        <translation>Giới thiệu Chỉ Số</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chỉ Số&lt;/b&gt; %1&lt;br&gt;The monthly key indicators of the information and communications sector, checked against the plan, last year and other sources.&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Chỉ Số&lt;/b&gt; %1&lt;br&gt;Các chỉ tiêu chủ yếu hằng tháng của ngành thông tin và truyền thông, đối chiếu với kế hoạch, cùng kỳ năm trước và các nguồn khác.&lt;br&gt;Cơ sở dữ liệu: %2</translation>
    </message>
    <message>
        <source>Chỉ Số — %1</source>
        <translation>Chỉ Số — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan chỉ tiêu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tiến độ kế hoạch</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng số liệu</translation>
    </message>
    <message>
        <source>Monthly entry</source>
        <translation>Nhập liệu tháng</translation>
    </message>
    <message>
        <source> On-track tolerance ±</source>
        <translation> Ngưỡng đúng tiến độ ±</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> điểm %</translation>
    </message>
    <message>
        <source>Percentage points of the plan within which a figure counts as on track</source>
        <translation>Số điểm phần trăm kế hoạch mà trong phạm vi đó số liệu được coi là đúng tiến độ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Export all figures as CSV…</source>
        <translation>&amp;Xuất mọi số liệu ra CSV…</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Xuất biểu đồ ra &amp;PNG…</translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG…</source>
        <translation>Xuất biểu đồ ra &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Sao chép bảng</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tổng quan chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Tiến độ &amp;kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Bảng số liệu</translation>
    </message>
    <message>
        <source>Monthly &amp;entry</source>
        <translation>&amp;Nhập liệu tháng</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>Tháng &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>Tháng &amp;sau</translation>
    </message>
    <message>
        <source>&amp;Latest month</source>
        <translation>Tháng &amp;mới nhất</translation>
    </message>
    <message>
        <source>&amp;About Chỉ Số</source>
        <translation>&amp;Giới thiệu Chỉ Số</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Lưu biểu đồ ra PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Lưu biểu đồ ra SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>Export all figures</source>
        <translation>Xuất mọi số liệu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>&amp;Briefing… (preview and print)</source>
        <translation>&amp;Báo cáo tháng… (xem trước và in)</translation>
    </message>
    <message>
        <source>Save briefing as P&amp;DF…</source>
        <translation>Lưu báo cáo ra P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;KPI table as CSV (Excel)…</source>
        <translation>Xuất &amp;bảng chỉ tiêu ra CSV (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Unit name on the briefing…</source>
        <translation>&amp;Tên đơn vị trên báo cáo…</translation>
    </message>
    <message>
        <source>Save briefing</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Export KPI table</source>
        <translation>Xuất bảng chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>The office the briefing comes from:</source>
        <translation>Đơn vị lập báo cáo:</translation>
    </message>
    <message>
        <source>Figures to note (%1)</source>
        <translation>Số liệu cần lưu ý (%1)</translation>
    </message>
    <message>
        <source>&amp;Figures to note</source>
        <translation>Số liệu cần &amp;lưu ý</translation>
    </message>
    <message>
        <source>&amp;Import CSV or Excel…</source>
        <translation>&amp;Nhập CSV hoặc Excel…</translation>
    </message>
    <message>
        <source>Export table and figures to E&amp;xcel…</source>
        <translation>Xuất bảng và số liệu ra E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>The database holds no figures for region %1: choose another region or import its figures.</source>
        <translation>Cơ sở dữ liệu không có số liệu nào của địa bàn %1: hãy chọn địa bàn khác hoặc nhập số liệu của địa bàn này.</translation>
    </message>
    <message numerus="yes">
        <source>Figures as known for the briefing of %1 · %Ln figure(s) stored</source>
        <translation>
            <numerusform>Số liệu đã biết khi lập báo cáo %1 · %Ln số liệu đang lưu</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Không đọc được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>&amp;Mở tệp cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Kết nối máy chủ…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Mở tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Chỉ Số databases (*.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu Chỉ Số (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Kết nối lại</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n row(s) of the database at %2; the window shows them now.</source>
        <translation>
            <numerusform>%1 đã thay đổi %n dòng của cơ sở dữ liệu lúc %2; cửa sổ đã hiển thị các thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Tình hình nộp báo cáo</translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>Tình hình &amp;nộp báo cáo</translation>
    </message>
    <message>
        <source>Provinces added up</source>
        <translation>Cộng số liệu các tỉnh</translation>
    </message>
    <message>
        <source>Illustrative database: the provinces&apos; figures here are generated, not real. Do not quote them.</source>
        <translation>Cơ sở dữ liệu minh hoạ: số liệu các tỉnh ở đây được sinh tự động, không phải số liệu thật. Không trích dẫn.</translation>
    </message>
    <message>
        <source>Provinces &amp;added up</source>
        <translation>&amp;Cộng số liệu các tỉnh</translation>
    </message>
    <message>
        <source>Briefing in a &amp;serif face (as administrative documents)</source>
        <translation>Bản tin dùng phông chữ có &amp;chân (như văn bản hành chính)</translation>
    </message>
    <message>
        <source>Compare provinces</source>
        <translation>So sánh các tỉnh</translation>
    </message>
    <message>
        <source>Briefing with a &quot;By &amp;province&quot; section</source>
        <translation>Báo cáo có phần &quot;Theo &amp;tỉnh&quot;</translation>
    </message>
    <message>
        <source>The provinces ranked and mapped on the indicator chosen in the Compare provinces tab</source>
        <translation>Xếp hạng và bản đồ các tỉnh, thành phố theo chỉ tiêu đang chọn ở thẻ So sánh các tỉnh</translation>
    </message>
    <message>
        <source>&amp;Compare provinces</source>
        <translation>&amp;So sánh các tỉnh</translation>
    </message>
    <message>
        <source>The login %1 may only read this database.</source>
        <translation>Tài khoản %1 chỉ được đọc cơ sở dữ liệu này.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>No file to write was named: an output file name is needed.</source>
        <translation>Chưa có tên tệp để ghi: cần chỉ ra tên tệp đầu ra.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist</source>
        <translation>Không ghi được %1: thư mục %2 không tồn tại</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Figures as of:</source>
        <translation>Số liệu đến:</translation>
    </message>
    <message>
        <source>The month whose briefing you prepare: nothing published later is used.</source>
        <translation>Tháng của báo cáo bạn đang lập: không dùng số liệu công bố sau đó.</translation>
    </message>
</context>
<context>
    <name>Plugins</name>
    <message>
        <source>Chỉ Số&apos;s part %1 is of another version.</source>
        <translation>Thành phần %1 của Chỉ Số thuộc một phiên bản khác.</translation>
    </message>
    <message>
        <source>Chỉ Số cannot find its part %1.</source>
        <translation>Chỉ Số không tìm thấy thành phần %1.</translation>
    </message>
    <message>
        <source>Chỉ Số cannot load its part %1: %2</source>
        <translation>Chỉ Số không nạp được thành phần %1: %2</translation>
    </message>
    <message>
        <source>Reinstalling Chỉ Số should mend it.</source>
        <translation>Cài đặt lại Chỉ Số sẽ khắc phục được.</translation>
    </message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Máy tính này chưa cài đặt máy in nào.</translation>
    </message>
    <message>
        <source>There is no default printer; name one of these: %1.</source>
        <translation>Chưa có máy in mặc định; hãy nêu tên một trong các máy in sau: %1.</translation>
    </message>
    <message>
        <source>There is no printer named &apos;%1&apos;; the printers are: %2.</source>
        <translation>Không có máy in tên &apos;%1&apos;; các máy in hiện có: %2.</translation>
    </message>
    <message>
        <source>The printer %1 cannot print on both sides of the sheet.</source>
        <translation>Máy in %1 không in được hai mặt giấy.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the document.</source>
        <translation>Máy in %1 không nhận tài liệu.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Tham số:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiện trợ giúp về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiện thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Tùy chọn &apos;%1&apos; không xác định.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Các tùy chọn không xác định: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Giá trị không mong đợi sau &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>Trang bìa</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Thông tin tính phí:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Lưu hành nội bộ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Cuối:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Giữ lại, chưa in</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Độ ưu tiên:</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Hẹn giờ in:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Vào giờ định sẵn</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Đầu:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Cần xác thực</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Cần xác thực để dùng %1 trên %2.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>Cần xác thực để dùng %1.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Tên người dùng:</translation>
    </message>
</context>
<context>
    <name>QPPDOptionsModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Cao:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Point (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Khổ ngang, đảo chiều</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Khổ dọc, đảo chiều</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Rộng:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã có.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 không đúng cú pháp. Hãy dùng &apos;,&apos; để ngăn cách các trang và khoảng trang, &apos;-&apos; để chỉ một khoảng trang, và bảo đảm các khoảng không chồng lên nhau.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Thiết lập in hai mặt xung đột</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Chỉ định trang không hợp lệ</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không dùng được cùng lúc &apos;Số trang mỗi tờ&apos; và &apos;Tập trang&apos;.
Hãy tắt một trong hai tùy chọn.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Các thiết lập in hai mặt xung đột nhau. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Hiện từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Hiện hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Hiện toàn bộ các trang</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Tùy chọn nâng cao xung đột</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Thiết lập trang xung đột</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Các tùy chọn thiết lập trang xung đột nhau. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Một số tùy chọn nâng cao xung đột nhau. Bạn có muốn sửa không?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn xung đột nhau. Hãy sửa lại.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Sắp theo bộ</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Cạnh dài</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Đóng gáy cạnh dài</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập in</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Tập trang:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Từ trang</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Đảo thứ tự</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần được chọn</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Cạnh ngắn</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Đóng gáy cạnh ngắn</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nêu các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; một khoảng trang là hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Tệp đầ&amp;u ra:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Thuộc tín&amp;h</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Region:</source>
        <translation>Địa bàn:</translation>
    </message>
    <message>
        <source>The reporting unit whose figures are shown: VN is the whole country.</source>
        <translation>Đơn vị báo cáo có số liệu đang hiển thị: VN là cả nước.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>unit %1&apos;s form for %2/%3 is approved and locked; the office must reopen it first</source>
        <translation>biểu tháng %2/%3 của đơn vị %1 đã được duyệt và khóa; văn phòng phải mở lại trước</translation>
    </message>
    <message>
        <source>this unit&apos;s form for the month is approved and locked; the office must reopen it first</source>
        <translation>biểu tháng này của đơn vị đã được duyệt và khóa; văn phòng phải mở lại trước</translation>
    </message>
    <message>
        <source>Nothing was stored: %1.</source>
        <translation>Không lưu gì: %1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 exists already; choose another path or remove it first.</source>
        <translation>%1 đã tồn tại; hãy chọn đường dẫn khác hoặc xóa tệp đó trước.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The bundled dataset is missing from this build.</source>
        <translation>Bản dựng này thiếu bộ số liệu kèm theo.</translation>
    </message>
    <message>
        <source>The bundled dataset could not be loaded: %1</source>
        <translation>Không nạp được bộ số liệu kèm theo: %1</translation>
    </message>
    <message>
        <source>The indicator catalogue is missing from this build.</source>
        <translation>Bản dựng này thiếu danh mục chỉ tiêu.</translation>
    </message>
    <message>
        <source>The indicator catalogue is damaged at line %1.</source>
        <translation>Danh mục chỉ tiêu bị hỏng ở dòng %1.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Chỉ Số (schema %1; this version knows up to %2). Update the application or open another database.</source>
        <translation>Cơ sở dữ liệu này được ghi bởi phiên bản Chỉ Số mới hơn (cấu trúc %1; phiên bản này chỉ biết đến %2). Hãy cập nhật ứng dụng hoặc mở cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with: chiso init --db %1</source>
        <translation>Không có cơ sở dữ liệu tại %1. Tạo mới bằng: chiso init --db %1</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 không phải là tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Không thiết lập được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the indicators: %1</source>
        <translation>Không đọc được danh mục chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Cannot count the figures: %1</source>
        <translation>Không đếm được số liệu: %1</translation>
    </message>
    <message>
        <source>The database refused an operation: %1</source>
        <translation>Cơ sở dữ liệu từ chối thao tác: %1</translation>
    </message>
    <message>
        <source>Cannot read the acknowledgements: %1</source>
        <translation>Không đọc được các ghi nhận: %1</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận: một chương trình khác đang ghi vào đó. Hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was stored. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: không lưu gì. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 is not a Chỉ Số database: %2</source>
        <translation>%1 không phải là cơ sở dữ liệu Chỉ Số: %2</translation>
    </message>
    <message>
        <source>it is an empty SQLite database. Create a Chỉ Số database with: chiso init --db PATH</source>
        <translation>đây là một cơ sở dữ liệu SQLite trống. Hãy tạo cơ sở dữ liệu Chỉ Số bằng: chiso init --db ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>it holds tables of another program (%1). Chỉ Số does not change it; create a database of its own with: chiso init --db PATH</source>
        <translation>tệp chứa các bảng của một chương trình khác (%1). Chỉ Số không thay đổi tệp này; hãy tạo cơ sở dữ liệu riêng bằng: chiso init --db ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>it says it is of schema %1, but it lacks %2. Another program has changed it; open a backup or create a new database with: chiso init --db PATH</source>
        <translation>tệp ghi là cấu trúc phiên bản %1 nhưng thiếu %2. Một chương trình khác đã sửa tệp; hãy mở bản sao lưu hoặc tạo cơ sở dữ liệu mới bằng: chiso init --db ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>%1 is not a Chỉ Số database: the file is empty. Create a database with: chiso init --db PATH</source>
        <translation>%1 không phải là cơ sở dữ liệu Chỉ Số: tệp trống. Hãy tạo cơ sở dữ liệu bằng: chiso init --db ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>%1 is not a Chỉ Số database: it is not an SQLite file.</source>
        <translation>%1 không phải là cơ sở dữ liệu Chỉ Số: đây không phải là tệp SQLite.</translation>
    </message>
    <message>
        <source>the disk holding %1 is read-only, and SQLite must write its journal beside the database (%2)</source>
        <translation>ổ đĩa chứa %1 chỉ cho đọc, mà SQLite phải ghi nhật ký bên cạnh cơ sở dữ liệu (%2)</translation>
    </message>
    <message>
        <source>you may not write in the folder %1, and SQLite must write its journal beside the database (%2)</source>
        <translation>bạn không có quyền ghi vào thư mục %1, mà SQLite phải ghi nhật ký bên cạnh cơ sở dữ liệu (%2)</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (%2)</source>
        <translation>ổ đĩa chứa %1 đã đầy (%2)</translation>
    </message>
    <message>
        <source>%1 holds figures already; open it with --db, or choose an empty database.</source>
        <translation>%1 đã có số liệu; hãy mở nó bằng --db, hoặc chọn một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Cannot store the indicator catalogue</source>
        <translation>Không lưu được danh mục chỉ tiêu</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Không lưu được thay đổi</translation>
    </message>
    <message>
        <source>The server address is not usable: %1. Write it as postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…].</source>
        <translation>Không dùng được địa chỉ máy chủ: %1. Hãy viết dạng postgresql://NGƯỜI_DÙNG@MÁY[:CỔNG]/CSDL[?sslmode=…].</translation>
    </message>
    <message>
        <source>it holds a password, which every user of this computer could read; put it in ~/.pgpass or PGPASSWORD, or let Chỉ Số ask for it</source>
        <translation>địa chỉ chứa mật khẩu, mà mọi người dùng máy này đều đọc được; hãy để mật khẩu trong ~/.pgpass hoặc PGPASSWORD, hoặc để Chỉ Số hỏi</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>địa chỉ không nêu máy chủ</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>cổng phải từ 1 đến 65535</translation>
    </message>
    <message>
        <source>it names no database after the host</source>
        <translation>địa chỉ không nêu cơ sở dữ liệu sau tên máy</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a setting Chỉ Số knows (only sslmode)</source>
        <translation>&apos;%1&apos; không phải thiết lập Chỉ Số biết (chỉ có sslmode)</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode phải là một trong %1</translation>
    </message>
    <message>
        <source>%1 holds sources or acknowledgements already; copy into an empty database.</source>
        <translation>%1 đã có nguồn hoặc ghi nhận; hãy sao chép vào một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing of this change was stored. Reconnect and try again.</source>
        <translation>Mất kết nối tới máy chủ cơ sở dữ liệu: không phần nào của thay đổi này được lưu. Hãy kết nối lại và thử lại.</translation>
    </message>
    <message>
        <source>The database refused an operation</source>
        <translation>Cơ sở dữ liệu từ chối một thao tác</translation>
    </message>
    <message>
        <source>The server %1 refused the login %2: the password is wrong or missing.</source>
        <translation>Máy chủ %1 từ chối đăng nhập %2: mật khẩu sai hoặc chưa có.</translation>
    </message>
    <message>
        <source>There is no computer named %1 on the network: check the server&apos;s name.</source>
        <translation>Không có máy nào tên %1 trên mạng: hãy kiểm tra tên máy chủ.</translation>
    </message>
    <message>
        <source>No database server is listening at %1: check the address and the port, or whether the server is running.</source>
        <translation>Không có máy chủ cơ sở dữ liệu nào đang chờ kết nối tại %1: hãy kiểm tra địa chỉ và cổng, hoặc máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Máy chủ %1 không trả lời trong vòng %2 giây.</translation>
    </message>
    <message>
        <source>The server %1 has no database %2.</source>
        <translation>Máy chủ %1 không có cơ sở dữ liệu %2.</translation>
    </message>
    <message>
        <source>The server %1 knows no login %2.</source>
        <translation>Máy chủ %1 không có tài khoản đăng nhập %2.</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Không kết nối được máy chủ %1: %2</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s driver QPSQL is missing (on Debian: apt install libqt6sql6-psql).</source>
        <translation>Bản cài đặt này không kết nối được máy chủ PostgreSQL: thiếu trình điều khiển QPSQL của Qt (trên Debian: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Không đọc được phiên bản lược đồ</translation>
    </message>
    <message>
        <source>Could not update the database schema</source>
        <translation>Không nâng cấp được lược đồ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot read the tables</source>
        <translation>Không đọc được danh sách bảng</translation>
    </message>
    <message>
        <source>The database refused to begin a change</source>
        <translation>Cơ sở dữ liệu từ chối bắt đầu thay đổi</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: nothing was stored. Ask its administrator to free some space.</source>
        <translation>Ổ đĩa của máy chủ đã đầy: không có gì được lưu. Hãy đề nghị người quản trị giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>The server refused: your login may not do this (%1).</source>
        <translation>Máy chủ từ chối: tài khoản của bạn không được làm việc này (%1).</translation>
    </message>
    <message>
        <source>it holds no tables yet. Prepare it with: %1</source>
        <translation>cơ sở dữ liệu chưa có bảng nào. Hãy chuẩn bị bằng: %1</translation>
    </message>
    <message>
        <source>it holds tables of another program (%1). Chỉ Số does not change them; prepare an empty database of its own with: chiso server init --db postgresql://…</source>
        <translation>nó chứa bảng của một chương trình khác (%1). Chỉ Số không thay đổi chúng; hãy chuẩn bị một cơ sở dữ liệu trống riêng bằng: chiso server init --db postgresql://…</translation>
    </message>
    <message>
        <source>The login %1 may only read %2: nothing was imported. An office login can give it more rights (chiso server add-user).</source>
        <translation>Tài khoản %1 chỉ được đọc %2: không nhập gì. Tài khoản văn phòng có thể cấp thêm quyền (chiso server add-user).</translation>
    </message>
    <message>
        <source>%1 is a file: a file has no logins, whoever may open it may change it. Logins and rights are a server&apos;s (postgresql://…).</source>
        <translation>%1 là một tệp: tệp không có tài khoản, ai mở được tệp thì sửa được. Tài khoản và quyền là của máy chủ (postgresql://…).</translation>
    </message>
    <message>
        <source>A login needs a name.</source>
        <translation>Tài khoản cần có tên.</translation>
    </message>
    <message>
        <source>A unit&apos;s login needs its region: --region CODE.</source>
        <translation>Tài khoản đơn vị cần có địa bàn: --region MÃ.</translation>
    </message>
    <message>
        <source>Only a unit&apos;s login has a region; an office login or a reader reads every region.</source>
        <translation>Chỉ tài khoản đơn vị mới có địa bàn; tài khoản văn phòng hoặc chỉ xem đọc mọi địa bàn.</translation>
    </message>
    <message>
        <source>Cannot read the login&apos;s rights</source>
        <translation>Không đọc được quyền của tài khoản</translation>
    </message>
    <message>
        <source>Cannot encrypt the password: %1</source>
        <translation>Không mã hóa được mật khẩu: %1</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>một người dùng khác</translation>
    </message>
    <message>
        <source>%1 changed %2 since you read it: it is %3 now (%4). Nothing was saved; reload to see it, or save again to overwrite it knowingly.</source>
        <translation>%1 đã thay đổi %2 sau khi bạn đọc: hiện là %3 (%4). Chưa lưu gì; tải lại để xem, hoặc lưu lại để chủ động ghi đè.</translation>
    </message>
    <message>
        <source>%1 removed %2 since you read it (%3). Nothing was saved; reload to see it, or save again to overwrite it knowingly.</source>
        <translation>%1 đã xóa %2 sau khi bạn đọc (%3). Chưa lưu gì; tải lại để xem, hoặc lưu lại để chủ động ghi đè.</translation>
    </message>
    <message>
        <source>%1 acknowledged this finding at %2 since you read it: &quot;%3&quot;. Nothing was changed; look at it again first.</source>
        <translation>%1 đã ghi nhận phát hiện này lúc %2, sau khi bạn đọc: &quot;%3&quot;. Chưa thay đổi gì; hãy xem lại trước.</translation>
    </message>
    <message>
        <source>Someone reopened this finding since you read it. Nothing was changed; look at it again first.</source>
        <translation>Đã có người mở lại phát hiện này sau khi bạn đọc. Chưa thay đổi gì; hãy xem lại trước.</translation>
    </message>
    <message>
        <source>The bundled list of units (%1) is damaged at line %2.</source>
        <translation>Danh sách đơn vị kèm theo (%1) bị hỏng ở dòng %2.</translation>
    </message>
    <message>
        <source>The bundled list of units (%1) is missing from this build.</source>
        <translation>Bản dựng này thiếu danh sách đơn vị kèm theo (%1).</translation>
    </message>
    <message>
        <source>Cannot store the units</source>
        <translation>Không lưu được các đơn vị</translation>
    </message>
    <message>
        <source>Cannot read the units</source>
        <translation>Không đọc được danh sách đơn vị</translation>
    </message>
    <message>
        <source>Cannot read the submissions</source>
        <translation>Không đọc được danh sách báo cáo đã nộp</translation>
    </message>
    <message>
        <source>Cannot read the settings</source>
        <translation>Không đọc được các thiết lập</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while it was storing the change: it may have been stored or not. Look at the database (chiso history) before trying again.</source>
        <translation>Mất kết nối với máy chủ cơ sở dữ liệu trong khi máy chủ đang lưu thay đổi: thay đổi có thể đã được lưu hoặc chưa. Hãy xem lại cơ sở dữ liệu (chiso history) trước khi thử lại.</translation>
    </message>
    <message>
        <source>%1 chose the figure of %2 at %3 since you read it. Nothing was changed; look at it again first.</source>
        <translation>%1 đã chọn số liệu của %2 lúc %3 sau khi bạn đọc. Chưa có gì thay đổi; hãy xem lại trước.</translation>
    </message>
    <message>
        <source>Someone removed the choice of this figure since you read it. Nothing was changed; look at it again first.</source>
        <translation>Có người đã bỏ lựa chọn số liệu này sau khi bạn đọc. Chưa có gì thay đổi; hãy xem lại trước.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2/%3 is approved and locked; the office must reopen it first.</source>
        <translation>Biểu tháng %2/%3 của đơn vị %1 đã được duyệt và khóa; văn phòng phải mở lại trước.</translation>
    </message>
    <message>
        <source>Cannot read the reviews</source>
        <translation>Không đọc được lịch sử duyệt</translation>
    </message>
    <message>
        <source>Only an office login may approve, return or reopen a unit&apos;s form; %1 is not one.</source>
        <translation>Chỉ tài khoản văn phòng mới được duyệt, trả lại hoặc mở lại biểu của đơn vị; %1 không phải tài khoản văn phòng.</translation>
    </message>
    <message>
        <source>Say why unit %1&apos;s form for %2 is returned: a return needs a comment.</source>
        <translation>Hãy nói vì sao trả lại biểu tháng %2 của đơn vị %1: trả lại cần có ý kiến.</translation>
    </message>
    <message>
        <source>Say why unit %1&apos;s form for %2 is reopened: a reopening needs a reason.</source>
        <translation>Hãy nói vì sao mở lại biểu tháng %2 của đơn vị %1: mở lại cần có lý do.</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <source>return</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>Unit %1 has sent no form for %2: there is nothing to %3.</source>
        <translation>Đơn vị %1 chưa gửi biểu tháng %2: không có gì để %3.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2 was returned and no new form has come since: there is nothing to %3.</source>
        <translation>Biểu tháng %2 của đơn vị %1 đã bị trả lại và từ đó chưa có biểu mới: không có gì để %3.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2 is approved already.</source>
        <translation>Biểu tháng %2 của đơn vị %1 đã được duyệt rồi.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2 is approved and locked: reopen it first, saying why, then return it.</source>
        <translation>Biểu tháng %2 của đơn vị %1 đã được duyệt và khóa: hãy mở lại trước (nêu lý do), rồi mới trả lại.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s form for %2 is not approved: there is nothing to reopen.</source>
        <translation>Biểu tháng %2 của đơn vị %1 chưa được duyệt: không có gì để mở lại.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 stopped answering (silent for %Ln seconds, and it takes no new connection); nothing of this change was stored. Reconnect and try again.</source>
        <translation>
            <numerusform>Máy chủ %1 đã ngừng trả lời (im lặng %Ln giây và không nhận kết nối mới); không phần nào của thay đổi này được lưu. Hãy kết nối lại và thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server %1 does not let the login %2 in: it knows no such login, or does not let it connect from this computer.</source>
        <translation>Máy chủ %1 không cho tài khoản %2 đăng nhập: máy chủ không có tài khoản này, hoặc không cho nó kết nối từ máy tính này.</translation>
    </message>
    <message>
        <source>The database name %1 takes %2 bytes; Chỉ Số names the server&apos;s roles for its logins after it, and allows at most %3 (a Vietnamese letter with a mark takes 2 or 3). Create the database under a shorter name.</source>
        <translation>Tên cơ sở dữ liệu %1 dài %2 byte; Chỉ Số đặt tên các vai trò của máy chủ cho tài khoản đăng nhập theo tên này và chỉ cho phép tối đa %3 byte (một chữ tiếng Việt có dấu chiếm 2 hoặc 3 byte). Hãy tạo cơ sở dữ liệu với tên ngắn hơn.</translation>
    </message>
    <message>
        <source>%1 holds a history of changes already; copy into an empty database.</source>
        <translation>%1 đã có lịch sử thay đổi; hãy sao chép vào một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Only the owner of the tables of %1 (%2) may copy a database onto it: the copy brings its history of changes, which no other login may write.</source>
        <translation>Chỉ chủ sở hữu các bảng của %1 (%2) mới được sao chép một cơ sở dữ liệu vào đó: bản sao mang theo lịch sử thay đổi, điều mà không tài khoản nào khác được ghi.</translation>
    </message>
    <message>
        <source>The server %1 does not offer encrypted connections (SSL), and the address asks for one (sslmode=%2): ask its administrator to turn SSL on, or leave sslmode out on a network you trust.</source>
        <translation>Máy chủ %1 không có kết nối mã hoá (SSL), mà địa chỉ lại yêu cầu (sslmode=%2): hãy nhờ người quản trị bật SSL, hoặc bỏ sslmode nếu mạng đáng tin cậy.</translation>
    </message>
    <message>
        <source>The server %1&apos;s certificate could not be checked (sslmode=%2): %3</source>
        <translation>Không kiểm tra được chứng chỉ của máy chủ %1 (sslmode=%2): %3</translation>
    </message>
    <message>
        <source>%1 owns the tables of %2 or is a superuser: it is the office by what it is, and no role here gives or takes its rights.</source>
        <translation>%1 là chủ sở hữu các bảng của %2 hoặc là siêu người dùng: tài khoản này vốn là văn phòng, không vai trò nào ở đây cấp hay thu hồi quyền của nó.</translation>
    </message>
    <message>
        <source>%1 is not a reporting unit of %2: chiso units lists them, and chiso units import adds the office&apos;s own.</source>
        <translation>%1 không phải đơn vị báo cáo của %2: chiso units liệt kê các đơn vị, và chiso units import thêm các đơn vị riêng của văn phòng.</translation>
    </message>
    <message>
        <source>%1 has no rights in %2 to take away: chiso server list-users lists the logins that have.</source>
        <translation>%1 không có quyền nào trong %2 để thu hồi: chiso server list-users liệt kê các tài khoản có quyền.</translation>
    </message>
    <message>
        <source>%1 needs its schema updated from version %2 to %3, which only the owner of its tables (%4) may do: ask them to open it once, or to run chiso server init --db %1.</source>
        <translation>%1 cần cập nhật lược đồ từ phiên bản %2 lên %3, việc mà chỉ chủ sở hữu các bảng (%4) được làm: hãy nhờ họ mở nó một lần, hoặc chạy chiso server init --db %1.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Không lưu gì.</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>chưa nộp</translation>
    </message>
    <message>
        <source>Copy the units to chase</source>
        <translation>Chép danh sách đơn vị cần đôn đốc</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Đầy đủ</translation>
    </message>
    <message>
        <source>On time this year</source>
        <translation>Đúng hạn trong năm</translation>
    </message>
    <message>
        <source>%1: %2 on time, %3 late, %4 missing (due by %5).</source>
        <translation>%1: %2 đúng hạn, %3 trễ hạn, %4 chưa nộp (hạn nộp %5).</translation>
    </message>
    <message>
        <source>● to review</source>
        <translation>● chờ duyệt</translation>
    </message>
    <message>
        <source>↩ returned</source>
        <translation>↩ đã trả lại</translation>
    </message>
    <message>
        <source>✔ approved (locked)</source>
        <translation>✔ đã duyệt (đã khóa)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>đã trả lại</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>đã mở lại</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Review: %1 approved, %2 returned, %3 to review.</source>
        <translation>Duyệt: %1 đã duyệt, %2 trả lại, %3 chờ duyệt.</translation>
    </message>
    <message>
        <source>Only an office login reviews the units&apos; forms; %1 is not one.</source>
        <translation>Chỉ tài khoản văn phòng mới duyệt biểu của các đơn vị; %1 không phải tài khoản văn phòng.</translation>
    </message>
    <message>
        <source>Select a unit first.</source>
        <translation>Hãy chọn một đơn vị trước.</translation>
    </message>
    <message>
        <source>No form has come for this month.</source>
        <translation>Chưa có biểu nào cho tháng này.</translation>
    </message>
    <message>
        <source>The form was returned; no new form has come since.</source>
        <translation>Biểu đã bị trả lại; từ đó chưa có biểu mới.</translation>
    </message>
    <message>
        <source>The month is approved and locked: reopen it first.</source>
        <translation>Tháng này đã được duyệt và khóa: hãy mở lại trước.</translation>
    </message>
    <message>
        <source>Only an approved month can be reopened.</source>
        <translation>Chỉ mở lại được tháng đã duyệt.</translation>
    </message>
    <message>
        <source>Select a unit to see its review.</source>
        <translation>Chọn một đơn vị để xem lịch sử duyệt.</translation>
    </message>
    <message>
        <source>Review of %1 (%2), %3:</source>
        <translation>Lịch sử duyệt của %1 (%2), %3:</translation>
    </message>
    <message>
        <source>Return the form</source>
        <translation>Trả lại biểu</translation>
    </message>
    <message>
        <source>What should %1 correct? (required)</source>
        <translation>%1 cần sửa gì? (bắt buộc)</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>Mở lại tháng</translation>
    </message>
    <message>
        <source>Why is the approved month of %1 reopened? (required, kept in its review)</source>
        <translation>Vì sao mở lại tháng đã duyệt của %1? (bắt buộc, được lưu trong lịch sử duyệt)</translation>
    </message>
    <message>
        <source>Nothing was stored: a comment is required.</source>
        <translation>Không lưu gì: cần có ý kiến.</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Who changed these figures…</source>
        <translation>Ai đã thay đổi các số liệu này…</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
    <message>
        <source>expected a code of 1 to 32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; such as BTC or VNPT, found &apos;%1&apos;</source>
        <translation>cần mã gồm 1 đến 32 chữ cái, chữ số, &apos;_&apos;, &apos;.&apos; hoặc &apos;-&apos; như BTC hay VNPT, gặp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the unit&apos;s Vietnamese name is missing</source>
        <translation>thiếu tên tiếng Việt của đơn vị</translation>
    </message>
    <message>
        <source>the unit&apos;s English name is missing</source>
        <translation>thiếu tên tiếng Anh của đơn vị</translation>
    </message>
    <message>
        <source>expected country, province or other, found &apos;%1&apos;</source>
        <translation>cần country, province hoặc other, gặp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the unit ends (%1) before it begins (%2)</source>
        <translation>đơn vị kết thúc (%1) trước khi bắt đầu (%2)</translation>
    </message>
    <message>
        <source>give both centre_lat and centre_lon, or neither</source>
        <translation>cần cả centre_lat và centre_lon, hoặc bỏ trống cả hai</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8: save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>văn bản không phải UTF-8 hợp lệ: hãy lưu tệp dạng UTF-8 (trong Excel: &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD from 1900 to 2100, or nothing for an open end, found &apos;%1&apos;</source>
        <translation>cần ngày dạng YYYY-MM-DD từ năm 1900 đến 2100, hoặc để trống nếu không giới hạn, gặp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected degrees from %1 to %2 with &apos;.&apos; as decimal point, found &apos;%3&apos;</source>
        <translation>cần số độ từ %1 đến %2, dùng &apos;.&apos; làm dấu thập phân, gặp &apos;%3&apos;</translation>
    </message>
    <message>
        <source>units are imported from CSV: save the sheet as &quot;CSV UTF-8&quot;</source>
        <translation>danh sách đơn vị được nhập từ CSV: hãy lưu trang tính dạng &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>cột không xác định; các cột là: %1</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>cột này xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the header lacks the column &apos;%1&apos;; a header line is: %2</source>
        <translation>dòng tiêu đề thiếu cột &apos;%1&apos;; một dòng tiêu đề đúng là: %2</translation>
    </message>
    <message>
        <source>the line has %1 fields; the header has %2</source>
        <translation>dòng có %1 trường; dòng tiêu đề có %2</translation>
    </message>
    <message>
        <source>the code %1 is already the unit &apos;%2&apos; (%3); a unit of this code from %4 would overlap it: choose another code or period</source>
        <translation>mã %1 đã là của đơn vị &apos;%2&apos; (%3); một đơn vị cùng mã trong thời gian %4 sẽ trùng thời gian với đơn vị đó: hãy chọn mã hoặc thời gian khác</translation>
    </message>
    <message>
        <source>line %1 already gives a unit of code %2 for this period</source>
        <translation>dòng %1 đã khai báo một đơn vị mã %2 cho thời gian này</translation>
    </message>
    <message>
        <source>the file is empty; the first line is the header: %1</source>
        <translation>tệp trống; dòng đầu tiên là dòng tiêu đề: %1</translation>
    </message>
    <message>
        <source>the file holds only its header: no unit to import</source>
        <translation>tệp chỉ có dòng tiêu đề: không có đơn vị nào để nhập</translation>
    </message>
    <message>
        <source>expected the codes of indicators the unit reports, separated by spaces (such as revenue workforce), found &apos;%1&apos;</source>
        <translation>cần mã các chỉ tiêu đơn vị báo cáo, cách nhau bằng dấu cách (ví dụ revenue workforce), gặp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a CSV file of units</source>
        <translation>một tệp CSV danh sách đơn vị</translation>
    </message>
</context>
<context>
    <name>UnitSeries</name>
    <message>
        <source>%1 %2: no sum, as %3 of the old units %4 gave no figure.</source>
        <translation>%1 kỳ %2: không cộng được, vì %3 (trong các đơn vị cũ %4) không có số liệu.</translation>
    </message>
    <message>
        <source>Chỉ Số: sum of the old units %1</source>
        <translation>Chỉ Số: tổng của các đơn vị cũ %1</translation>
    </message>
    <message>
        <source>%1 before %2: the catalogue says nothing to weight the old units %3 by: no value is shown.</source>
        <translation>%1 trước %2: danh mục không quy định quyền số để gộp các đơn vị cũ %3: không hiển thị giá trị.</translation>
    </message>
    <message>
        <source>%1 before %2: the old units %3 are combined by a mean weighted by their %4, and the database holds none for %5: no value is shown.</source>
        <translation>%1 trước %2: các đơn vị cũ %3 được gộp bằng bình quân theo quyền số %4, nhưng cơ sở dữ liệu chưa có quyền số của %5: không hiển thị giá trị.</translation>
    </message>
    <message>
        <source>Chỉ Số: mean of the old units %1 weighted by %2</source>
        <translation>Chỉ Số: bình quân các đơn vị cũ %1 theo quyền số %2</translation>
    </message>
</context>
<context>
    <name>WeightImporter</name>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>cột không xác định; các cột là: %1</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>cột này xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the header lacks the column &apos;%1&apos;; a header line is: %2</source>
        <translation>dòng tiêu đề thiếu cột &apos;%1&apos;; dòng tiêu đề mẫu: %2</translation>
    </message>
    <message>
        <source>the header needs source_url or source_title: every weight says where it comes from</source>
        <translation>dòng tiêu đề cần source_url hoặc source_title: mỗi quyền số phải ghi rõ nguồn</translation>
    </message>
    <message>
        <source>the line has %1 fields; the header has %2</source>
        <translation>dòng có %1 trường; dòng tiêu đề có %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8: save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;)</source>
        <translation>văn bản không phải UTF-8 hợp lệ: hãy lưu tệp dạng UTF-8 (trong Excel: &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>expected one of %1 (what the indicators&apos; shares are weighted by), found &apos;%2&apos;</source>
        <translation>cần một trong %1 (quyền số của các chỉ tiêu tỷ lệ), gặp &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a year from 1900 to 2100, found &apos;%1&apos;</source>
        <translation>cần một năm từ 1900 đến 2100, gặp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected the code of a unit that existed in %1 (see chiso units), found &apos;%2&apos;</source>
        <translation>cần mã của một đơn vị tồn tại trong năm %1 (xem chiso units), gặp &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a number above 0 with &apos;.&apos; as decimal point and no thousands separator, found &apos;%1&apos;</source>
        <translation>cần một số lớn hơn 0, dùng &apos;.&apos; làm dấu thập phân và không có dấu phân cách hàng nghìn, gặp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the source is missing: give its address or title</source>
        <translation>thiếu nguồn: hãy ghi địa chỉ hoặc tên nguồn</translation>
    </message>
    <message>
        <source>line %1 already gives the %2 of %3 in %4</source>
        <translation>dòng %1 đã ghi %2 của %3 năm %4</translation>
    </message>
    <message>
        <source>the file is empty; the first line is the header: %1</source>
        <translation>tệp trống; dòng đầu tiên là dòng tiêu đề: %1</translation>
    </message>
    <message>
        <source>the file holds only its header: no weight to import</source>
        <translation>tệp chỉ có dòng tiêu đề: không có quyền số nào để nhập</translation>
    </message>
    <message>
        <source>a CSV file of weights</source>
        <translation>một tệp CSV quyền số</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Open another database…</source>
        <translation>Mở cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Chỉ Số databases (*.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu Chỉ Số (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Create a database</source>
        <translation>Tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Chỉ Số databases (*.sqlite)</source>
        <translation>Cơ sở dữ liệu Chỉ Số (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>no sheet holds figures: expected a header row with the import columns (record, indicator, …) or the monthly template of &apos;chiso template&apos;</source>
        <translation>không trang tính nào có số liệu: cần một dòng tiêu đề với các cột nhập (record, indicator, …) hoặc biểu tháng của &apos;chiso template&apos;</translation>
    </message>
    <message>
        <source>a cell stands right of the last column of the header</source>
        <translation>có ô nằm bên phải cột cuối cùng của dòng tiêu đề</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos; has a header but no figures</source>
        <translation>trang tính &apos;%1&apos; có dòng tiêu đề nhưng không có số liệu</translation>
    </message>
    <message>
        <source>every figure needs its source: fill in the source cell</source>
        <translation>mọi số liệu đều phải có nguồn: hãy điền ô nguồn</translation>
    </message>
    <message>
        <source>unknown indicator code &apos;%1&apos;</source>
        <translation>mã chỉ tiêu &apos;%1&apos; không xác định</translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation>cần một số, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the template holds no figures yet</source>
        <translation>biểu chưa có số liệu nào</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx is a zip archive; this file is not one)</source>
        <translation>đây không phải sổ tính Excel (.xlsx là tệp nén zip; tệp này không phải)</translation>
    </message>
    <message>
        <source>this zip archive is not an Excel workbook: it has no xl/workbook.xml</source>
        <translation>tệp nén này không phải sổ tính Excel: không có xl/workbook.xml</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>sổ tính không có trang tính nào</translation>
    </message>
    <message>
        <source>the workbook has no such sheet</source>
        <translation>sổ tính không có trang tính này</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos; is missing from the workbook</source>
        <translation>sổ tính thiếu trang tính &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Monthly figures of the ICT sector (Chỉ Số form)</source>
        <translation>Số liệu hằng tháng ngành TT&amp;TT (biểu Chỉ Số)</translation>
    </message>
    <message>
        <source>Period (YYYY-MM)</source>
        <translation>Kỳ báo cáo (YYYY-MM)</translation>
    </message>
    <message>
        <source>Source (report, office, date)</source>
        <translation>Nguồn (báo cáo, đơn vị, ngày)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Year to date (levels: the month&apos;s reading)</source>
        <translation>Lũy kế (chỉ tiêu thời điểm: số của tháng)</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Stated growth, %</source>
        <translation>Tăng trưởng công bố, %</translation>
    </message>
    <message>
        <source>Stated share of plan, %</source>
        <translation>Đạt % kế hoạch công bố</translation>
    </message>
    <message>
        <source>no workbook is open</source>
        <translation>chưa mở sổ tính nào</translation>
    </message>
    <message>
        <source>the cell holds more than %L1 characters, Excel&apos;s limit for a cell: refused</source>
        <translation>ô này chứa hơn %L1 ký tự, giới hạn của Excel cho một ô: bị từ chối</translation>
    </message>
    <message>
        <source>row number &apos;%1&apos; is not a row of Excel (1 to %L2)</source>
        <translation>số dòng &apos;%1&apos; không phải là một dòng của Excel (1 đến %L2)</translation>
    </message>
    <message>
        <source>the sheet has more than %L1 rows, Excel&apos;s limit: refused</source>
        <translation>trang tính có hơn %L1 dòng, giới hạn của Excel: bị từ chối</translation>
    </message>
    <message>
        <source>a cell stands beyond Excel&apos;s last column, XFD</source>
        <translation>có ô nằm ngoài cột cuối cùng của Excel, XFD</translation>
    </message>
    <message>
        <source>row %L1 holds more than %L2 cells, the columns Excel has: refused</source>
        <translation>dòng %L1 có hơn %L2 ô, số cột Excel có: bị từ chối</translation>
    </message>
    <message>
        <source>the sheet holds more than %L1 cells, the limit for a sheet: refused</source>
        <translation>trang tính có hơn %L1 ô, giới hạn cho một trang tính: bị từ chối</translation>
    </message>
    <message>
        <source>the cell refers to shared string &apos;%1&apos;: expected its index, a whole number from 0</source>
        <translation>ô tham chiếu chuỗi dùng chung &apos;%1&apos;: cần chỉ số của chuỗi, một số nguyên từ 0</translation>
    </message>
    <message>
        <source>the cell refers to shared string %L1, but the workbook has %L2</source>
        <translation>ô tham chiếu chuỗi dùng chung số %L1, nhưng sổ tính chỉ có %L2 chuỗi</translation>
    </message>
    <message>
        <source>row %L1 holds more than %L2 characters of text, the limit for a row: refused</source>
        <translation>dòng %L1 chứa hơn %L2 ký tự, giới hạn cho một dòng: bị từ chối</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is larger than %2 MiB, the limit for it: refused</source>
        <translation>phần %1 của sổ tính lớn hơn %2 MiB, giới hạn cho phần này: bị từ chối</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MiB, the limit for one workbook: refused (at %2)</source>
        <translation>sổ tính giải nén ra hơn %1 MiB, giới hạn cho một sổ tính: bị từ chối (tại %2)</translation>
    </message>
    <message>
        <source>%1 holds a single XML tag or text longer than %2 MiB, the limit: refused</source>
        <translation>%1 có một thẻ XML hoặc một đoạn văn bản dài hơn %2 MiB, giới hạn: bị từ chối</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings</source>
        <translation>các chuỗi dùng chung của sổ tính</translation>
    </message>
    <message>
        <source>the workbook has more than %L1 shared strings, the limit: refused</source>
        <translation>sổ tính có hơn %L1 chuỗi dùng chung, giới hạn: bị từ chối</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings hold more than %1 MiB of text, the limit (or the temporary file that holds them could not be written): refused</source>
        <translation>các chuỗi dùng chung của sổ tính chứa hơn %1 MiB văn bản, giới hạn (hoặc không ghi được tệp tạm chứa chúng): bị từ chối</translation>
    </message>
    <message>
        <source>shared string %L1 is longer than %L2 characters, Excel&apos;s limit for a cell: refused</source>
        <translation>chuỗi dùng chung số %L1 dài hơn %L2 ký tự, giới hạn của Excel cho một ô: bị từ chối</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos;</source>
        <translation>trang tính &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the indicator&apos;s code is missing: its figures cannot be placed</source>
        <translation>thiếu mã chỉ tiêu: không xác định được số liệu của dòng này thuộc chỉ tiêu nào</translation>
    </message>
    <message>
        <source>expected the period as YYYY-MM, such as 2024-06: the cell is empty</source>
        <translation>cần kỳ báo cáo dạng YYYY-MM, ví dụ 2024-06: ô đang trống</translation>
    </message>
    <message>
        <source>expected the period as YYYY-MM, such as 2024-06, found &apos;%1&apos;</source>
        <translation>cần kỳ báo cáo dạng YYYY-MM, ví dụ 2024-06, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (%2 %3 %4, %5-%6): the %7 has %L8 characters, more than the %L9 a cell of Excel holds; export as CSV to keep it whole</source>
        <translation>%1 (%2 %3 %4, %5-%6): trường %7 có %L8 ký tự, nhiều hơn %L9 ký tự mà một ô Excel chứa được; hãy xuất ra CSV để giữ nguyên văn bản</translation>
    </message>
    <message>
        <source>pp</source>
        <comment>percentage points, after a number in a spreadsheet cell</comment>
        <translation>điểm %</translation>
    </message>
    <message>
        <source>expected a region code of letters and digits such as VN, found &apos;%1&apos;</source>
        <translation>cần một mã địa bàn gồm chữ và số, ví dụ VN, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Region (code)</source>
        <translation>Địa bàn (mã)</translation>
    </message>
    <message>
        <source>Derived figures (†)</source>
        <translation>Số suy ra (†)</translation>
    </message>
    <message>
        <source>this form was made for the unit %1, but this cell says %2: each unit fills its own form (chiso template --unit %2)</source>
        <translation>biểu này lập cho đơn vị %1, nhưng ô này ghi %2: mỗi đơn vị điền biểu của mình (chiso template --unit %2)</translation>
    </message>
    <message>
        <source>this form was made for %1, but this cell says %2: fill the form of that month (chiso template --unit %3 --year %4 --month %5)</source>
        <translation>biểu này lập cho kỳ %1, nhưng ô này ghi %2: hãy điền biểu của tháng đó (chiso template --unit %3 --year %4 --month %5)</translation>
    </message>
    <message>
        <source>%1: the total from 1 January to the end of the month (year to date), in %2. Same period last year: the same months of the year before.</source>
        <translation>%1: tổng cộng từ ngày 1 tháng 1 đến hết tháng (lũy kế từ đầu năm), đơn vị %2. Cùng kỳ năm trước: cùng các tháng của năm trước.</translation>
    </message>
    <message>
        <source>%1: the reading at the end of the month (not a sum), in %2.</source>
        <translation>%1: số liệu tại thời điểm cuối tháng (không cộng dồn), đơn vị %2.</translation>
    </message>
    <message>
        <source>%1: the month&apos;s own value, in %2.</source>
        <translation>%1: số liệu riêng của tháng, đơn vị %2.</translation>
    </message>
    <message>
        <source>Last month (%1), for reference</source>
        <translation>Tháng trước (%1), để tham khảo</translation>
    </message>
</context>
<context>
    <name>chiso::ui::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>as the server prefers</source>
        <translation>theo máy chủ</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>để trống: lấy từ ~/.pgpass hoặc PGPASSWORD</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Encryption (SSL):</source>
        <translation>Mã hóa (SSL):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
</context>
</TS>
