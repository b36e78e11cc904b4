namespace CouncilPerformance.Core.Data.Seed;

/// <summary>
/// The two source documents' own words, copied verbatim so the seed never paraphrases the council:
/// Appendix 1 ("Scrutiny Co-ordination Committee One Coventry Plan Deep Dive Recommendations") and the
/// covering report to SCRUCO (30 October 2025) and Cabinet (4 November 2025).
/// Only PDF-extraction artefacts are repaired: paragraphs split by a page break are joined with one
/// space (4.1, 9.1, 10.3) and the trailing colon of a heading (and of 17.14) is dropped.
/// </summary>
internal static class SourceText
{
    // ---- Covering report ----

    /// <summary>Report, executive summary (its three paragraphs, separated by blank lines).</summary>
    public const string ExecutiveSummary = "Following consideration of a report presented to Scrutiny Coordination Committee on 21st August 2025 and Cabinet on 26th August 2025, Scrutiny Co-ordination Committee agreed to undertake a Deep Dive investigation into the performance reported against the key performance indicators (KPI's) in the One Coventry Plan.\n\nThere were five sessions in which members of the Committee questioned Cabinet Members and officers responsible for those areas where performance had not met targets.\n\nThis report seeks to provide an update on the outcome of the Deep Dive Investigations together with proposed recommendations going forward.";

    /// <summary>Report, "Cabinet is recommended to agree", 1).</summary>
    public const string Cabinet1 = "That all One Coventry Plan Key Performance Indicators (KPI's) are reviewed as part of the reporting process, by Cabinet and Scrutiny to ensure relevance as the Council goes through service re-design and change.";

    /// <summary>Report, "Cabinet is recommended to agree", 2).</summary>
    public const string Cabinet2 = "That KPI's are measurable and/or can demonstrate service improvements.";

    /// <summary>Report, "Cabinet is recommended to agree", 3).</summary>
    public const string Cabinet3 = "That KPI's reported in the One Coventry Plan are designated as either being national indicators or locally determined.";

    /// <summary>Report, "Cabinet is recommended to agree", 4).</summary>
    public const string Cabinet4 = "That where data isn't available on an annual basis, the frequency of the data is identified and reported accordingly.";

    /// <summary>Report, "Cabinet is recommended to agree", 5).</summary>
    public const string Cabinet5 = "That consideration be given to the potential discord between targets to protect green and blue spaces and targets to build houses, and whether there are any other targets that could potentially be contradictory.";

    /// <summary>Report, "Cabinet is recommended to agree", 6).</summary>
    public const string Cabinet6 = "That all Council Strategies and One Coventry Plan KPI's are cross-referenced and aligned.";

    /// <summary>Report, "Cabinet is recommended to agree", 7).</summary>
    public const string Cabinet7 = "That each Scrutiny body reviews performance on the Key Performance Indicators (KPI's) related to their remit on an annual basis as part of the One Coventry Plan review process.";

    /// <summary>Report, "Cabinet is recommended to agree", 8).</summary>
    public const string Cabinet8 = "That recognition is given where performance targets have been achieved, and that this is celebrated.";

    /// <summary>Report, "Cabinet is recommended to agree", 9).</summary>
    public const string Cabinet9 = "That the specific KPI's identified in Appendix 1 Sections 1-16 are reviewed alongside Scrutiny Co-ordination Committee's comments and suggestions.";

    /// <summary>Report, "Scrutiny Co-ordination Committee is recommended to", 1).</summary>
    public const string Scruco1 = "Approve the proposed recommendations to Cabinet as detailed below.";

    /// <summary>Report, "Scrutiny Co-ordination Committee is recommended to", 2).</summary>
    public const string Scruco2 = "Request that the appropriate Scrutiny Body undertakes the work detailed in Appendix 1 Section 17.";

    /// <summary>Report, "Scrutiny Co-ordination Committee is recommended to", 3).</summary>
    public const string Scruco3 = "Ensure that each Scrutiny body reviews performance on the Key Performance Indicators (KPI's) related to their remit on an annual basis as part of the One Coventry Plan review process.";

    // ---- Appendix 1: section headings 1–16 (section 5 has no number in the source) ----

    /// <summary>Appendix 1, heading of section 1.</summary>
    public const string Heading1 = "Fly Tips reported in the city";

    /// <summary>Appendix 1, heading of section 2.</summary>
    public const string Heading2 = "Pavements without defects present";

    /// <summary>Appendix 1, heading of section 3.</summary>
    public const string Heading3 = "Children in Care per 10,000 (rate per 10,000 population under 18 & number)";

    /// <summary>Appendix 1, heading of section 4.</summary>
    public const string Heading4 = "Children in Care NEET";

    /// <summary>Appendix 1, heading of section 5.</summary>
    public const string Heading5 = "First time entrants to youth justice system - rate per 100,000 young people aged 10-17 (& count)";

    /// <summary>Appendix 1, heading of section 6.</summary>
    public const string Heading6 = "Active enterprises number (and rate per 10,000 pop aged 16+) (proxy for new businesses)";

    /// <summary>Appendix 1, heading of section 7.</summary>
    public const string Heading7 = "Biodiversity net gain (measure of habitat creation and conservation)";

    /// <summary>Appendix 1, heading of section 8.</summary>
    public const string Heading8 = "Access to Green and Blue Spaces";

    /// <summary>Appendix 1, heading of section 9.</summary>
    public const string Heading9 = "Homelessness cases prevented and relieved";

    /// <summary>Appendix 1, heading of section 10.</summary>
    public const string Heading10 = "Business rates total rateable value (and collection rate) and Council tax collection rate";

    /// <summary>Appendix 1, heading of section 11.</summary>
    public const string Heading11 = "Council staff sickness absence";

    /// <summary>Appendix 1, heading of section 12.</summary>
    public const string Heading12 = "Positive Practice Indicator for Staff Wellbeing";

    /// <summary>Appendix 1, heading of section 13.</summary>
    public const string Heading13 = "Proportion of neighbourhoods amongst the 10% most deprived in England (measure of deprivation)";

    /// <summary>Appendix 1, heading of section 14.</summary>
    public const string Heading14 = "Destination of school leavers aged 18 after reaching the end of 16-18 study";

    /// <summary>Appendix 1, heading of section 15.</summary>
    public const string Heading15 = "Households at risk of digital exclusion";

    /// <summary>Appendix 1, heading of section 16.</summary>
    public const string Heading16 = "Connectivity";

    // ---- Appendix 1: recommendations a–p (the source prints "l)" as "I)") ----

    /// <summary>Appendix 1, section 1, recommendation a).</summary>
    public const string RecA = "Review and propose changes to the fly tipping metric in the One Coventry Plan to include both enforcement actions and the number of fly tips not enforced against, highlighting the gap between them.";

    /// <summary>Appendix 1, section 2, recommendation b).</summary>
    public const string RecB = "Change the metric for measuring pavement quality to align with the method used for road condition surveys (DVI), and check if new government indicators on pavements are being introduced; if not, proceed with Coventry-specific metrics.";

    /// <summary>Appendix 1, section 3, recommendation c).</summary>
    public const string RecC = "Metric should exclude UASC – rationale being separate additional funding – political decision to accept.";

    /// <summary>Appendix 1, section 4, recommendation d).</summary>
    public const string RecD = "That the number of Children in Care who are NEET to be added as a KPI.";

    /// <summary>Appendix 1, section 5, recommendation e).</summary>
    public const string RecE = "To include re-offending rates as well as first-time entry.";

    /// <summary>Appendix 1, section 6, recommendation f).</summary>
    public const string RecF = "To review whether this is an appropriate measure and whether there are more relevant measures such as residents moving into work, number of jobs created and new businesses still operating after 12 months.";

    /// <summary>Appendix 1, section 7, recommendation g).</summary>
    public const string RecG = "to identify measures that provide a better picture of the position, maybe using data that is collected through the Nature Towns and Cities Fund. Also to distinguish between contributions from the public and private sector.";

    /// <summary>Appendix 1, section 8, recommendation h).</summary>
    public const string RecH = "To include blue space as well as access green space be considered as a metric for the OCP.";

    /// <summary>Appendix 1, section 9, recommendation i).</summary>
    public const string RecI = "This metric to be reviewed and a more appropriate measure identified that reflects work done to prevent homelessness. Possibly as a proportion of those at risk supported to stay in their current home or other suitable accommodation. Also to reflect work done with residents presenting as homeless already into suitable accommodation. This would reflect the re-focus of pro-active and re-active teams within the service.";

    /// <summary>Appendix 1, section 10, recommendation j).</summary>
    public const string RecJ = "To include a KPI on like-for-like comparative data on the duration and effectiveness of business rates and council tax collection compared to other councils. Also to report on arrears collection rates as well as in-year.";

    /// <summary>Appendix 1, section 11, recommendation k).</summary>
    public const string RecK = "To incorporate more granular absence data including performance by long-term and short-term absence, and by staff working arrangements (home, flexible, fixed, agile).";

    /// <summary>Appendix 1, section 12, recommendation l).</summary>
    public const string RecL = "To add an indicator to monitor and maintain the gold standard of the Thrive award for staff health and wellbeing in future reporting.";

    /// <summary>Appendix 1, section 13, recommendation m).</summary>
    public const string RecM = "To consider whether there is locally developed KPI that can be reported annually rather than 10 yearly IMD.";

    /// <summary>Appendix 1, section 14, recommendation n).</summary>
    public const string RecN = "KPI to be reconsidered if there is no data or target";

    /// <summary>Appendix 1, section 15, recommendation o).</summary>
    public const string RecO = "To identify an appropriate target for this indicator.";

    /// <summary>Appendix 1, section 16, recommendation p).</summary>
    public const string RecP = "To consider whether data on commercial access to full fibre and/or gigabit internet could be made available to sit alongside the household data.";

    // ---- Appendix 1: the narrative paragraphs (findings) ----

    /// <summary>Appendix 1, 1.1.</summary>
    public const string P1_1 = "Officers highlighted the increase in reported fly-tipping incidents compared to the previous year, in part due to the impact of awareness campaigns such as the 'Wall of Shame' and improved reporting mechanisms. For example, increased investment and funding into surveillance worked alongside the service area being more proactive with businesses to conduct inspections and report incidents. These, in turn, encouraged more residents to report incidents, which led to increased figures. Officers and the Committee subsequently recognised that, as the current indicator focuses on reported figures rather than enforcement action, it cannot accurately reflect performance.";

    /// <summary>Appendix 1, 2.1.</summary>
    public const string P2_1 = "Alongside their discussion for the metrics and measurements for principal and unclassified roads in a good/acceptable condition, officers highlighted the use of a nationally recognised DVI (Detailed Visual Inspection) method to generate accurate and consistent indicator performance scores. However, when measuring pavement quality, there was a lack of a similar reliable measurement, instead relying on an asset management database. Efforts to transition to similar DVI-based assessments were recognised.";

    /// <summary>Appendix 1, 3.1.</summary>
    public const string P3_1 = "As part of the Committee's review into this metric, they began by looking at the historical data for children entering care, noting the reduction since 2017/18 and the positive impact of the Family Valued Model, first introduced in 2021. The model aims to keep families together and only admit the right children into care. Adding to this, officers also mentioned the effectiveness of the Reunification Service, which has successfully returned over 55 young people to their families in the past 3 years, generating cost savings and national recognition. Despite these successes, officers highlighted how the inclusion of unaccompanied asylum-seeking children (UASC) into this metric was a significant contributing factor to the indicator's underperformance. The committee questioned the appropriateness of their inclusion in the indicator, considering the separate funding streams available for these children.";

    /// <summary>Appendix 1, 4.1.</summary>
    public const string P4_1 = "It was noted that, as with all education metrics, indicators still show signs of impact from the COVID pandemic. Notably, officers stated, however, how Coventry's 16-17 not in education, employment or training (NEET) figures had outperformed national and regional averages for eight consecutive years whilst maintaining low numbers of young people whose status is unknown. As part of the service area's offer, the Council has expanded support for supported internships, adult education programmes, and commissioned careers support to improve outcomes, especially for SEND students. However, the Committee recognised the gap in properly measuring care leavers' participation in education, employment or training. Officers welcomed the future inclusion of this metric into the performance indicators, recognising how, whilst participation has improved, care leavers' still lag behind the general population. The Committee and officers continued their discussion of NEETs by highlighting the limited local influence on the nationally funded post-16 offer and the mental health challenges facing young people, especially post-COVID. Additionally, it was noted how, following the closure of Henley College, the Council was working with regional partners to address the vocational training gap and address sufficiency and curriculum breadth in post-16 education.";

    /// <summary>Appendix 1, 5.2.</summary>
    public const string P5_2 = "Following several years of low rates, officers recognised a rise in first-time entrants to the youth justice system in 2024/25 with the increase being linked to enhanced police investigations, stricter handling of knife and weapon offences, and fewer deferred prosecutions due to policy changes. The Committee discussed the influence of social media on youth crime, highlighting the importance of early intervention and partnership working to prevent radicalisation. To have a better understanding of how and why the rise has occurred, the Committee recommended inviting the West Midlands Police and Crime Commissioner to a future meeting of the Scrutiny Co-ordination Committee. Additionally, alternative measures to punitive punishment were recognised, with the role of the Youth Justice Board being emphasised as a way to scrutinise all cases and ensure alternatives to prosecution are considered. Resultantly, the Committee noted that re-offending as well as first-time entry should be included within this metric to provide a fuller picture of the youth justice system.";

    /// <summary>Appendix 1, 6.2.</summary>
    public const string P6_2 = "The Committee discussed the limitations of this metric, recognising it only as a snapshot of economic prosperity without taking into account wider initiatives contributing to business growth in the city. Officers explained the figures, demonstrating that Coventry's active enterprise decline was consistent with national trends. However, the Cabinet Member for Jobs, Regeneration and Climate Change, Councillor Jim O'Boyle, noted the role of job creation, sectoral breakdowns, and investment impact to better reflect the economic health of the city. As a result, further data on sector-by-sector breakdowns would be an item for further scrutiny at the Business and Economy Scrutiny Board (3), and recommendations would be developed to include more comprehensive economic indicators in the One Coventry Plan.";

    /// <summary>Appendix 1, 7.2.</summary>
    public const string P7_2 = "Officers explained that the metric is hard to measure, especially considering the difficulties in finding an accurate data set. However, new developments in the city have a statutory requirement to deliver at least a 10% biodiversity net gain, managed through planning and ecology teams, with Coventry recently becoming a responsible body for conservation covenants and supporting neighbouring authorities. Currently, officers estimate that nature conservation is at 11% in the city, with efforts underway to reach the target of 30%. For example, the importance of the £1 million Nature Towns and Cities fund was highlighted to engage residents and support community-led conservation, with officers outlining plans for data mapping, training, and the development of a nature project pipeline to secure further funding and deliver practical outcomes. Overall, it was recognised how data collection for this metric would be transformed by the incoming Climate Change Strategy, with the Committee suggesting further avenues for data exploration and recognising the distinction between contributions from the public and private sector.";

    /// <summary>Appendix 1, 8.2.</summary>
    public const string P8_2 = "Following on from the discussion on biodiversity net gain, the Committee advocated for recognising both green and blue spaces (such as canals) in conservation metrics, with officers agreeing to include these in future reporting and planning.";

    /// <summary>Appendix 1, 9.2.</summary>
    public const string P9_2 = "Officers began by recognising the marginal decrease on last year, noting that the percentage of successful prevention has actually improved and explained the complexities of measuring prevention outcomes, considering it's not a statutory duty for the service area. To improve the figure further, an increased homelessness prevention grant will help to expand resources and focus more on early intervention, aiming to improve prevention rates and address challenges faced by larger families and those presenting late. The Committee suggested further measures within the metric to reflect the positive work being done. For example, benchmarking Coventry's performance to other local authorities and measuring as a proportion of those at risk. In turn, this would reflect the re-focus of pro-active and re-active teams within the service.";

    /// <summary>Appendix 1, 10.2.</summary>
    public const string P10_2 = "Following a general discussion on Coventry's financial position, officers explained that whereas the arrears position is better than average when compared to similar authorities, Council tax collection rates are below target more detailed comparative data would be presented to scrutiny at a future meeting. As expressed by the Cabinet Member for Strategic Finance and Resources, Councillor R Brown, these insights were presented with the backdrop of continued underfunding compared to national and regional averages, resulting in higher Council tax burdens for residents. He advocated for Council tax equalisation and continued lobbying for fairer funding, with scrutiny encouraged to support these efforts.";

    /// <summary>Appendix 1, 10.3.</summary>
    public const string P10_3 = "Additionally, officers discussed the complexity and volatility of business rates collection, noting that the Council retains only a portion of growth above a baseline and that business failures can significantly impact collection rates. The Council uses statutory measures and collection agents but faces challenges with avoidance and write-offs. Similarly, the Committee encouraged more comparative data to assess where Coventry stands amongst the national picture of business rates.";

    /// <summary>Appendix 1, 11.2.</summary>
    public const string P11_2 = "As outlined by officers, staff absence rates in Coventry have remained around 13 days per year, which is consistent with the public sector average but higher than the national average. The Council is the highest among metropolitan authorities in the region, but long-term absence rates are not unusually high compared to peers. To combat this, a range of interventions have been implemented, including occupational health services, well-being sessions, training for managers, and targeted deep dives into high-absence areas. There is ongoing investment in performance management and cultural change to address absence. The Committee sought more in-depth analysis of absence trends, especially with regard to possible correlations between flexible working arrangements and absence. However, under the current model of categorising staff by work patterns, this detail was hard to ascertain. The Committee further enquired into the data regarding long-term and short-term absence, noting the complexities introduced by factors such as neurodiversity and the need for reasonable adjustments.";

    /// <summary>Appendix 1, 12.2.</summary>
    public const string P12_2 = "Following on from the discussion on Council Staff Sickness, the Committee recognised the Council and the service area's achievement of the gold standard in the Thrive at Work Workplace Wellbeing Awards. Resultantly, the Committee felt an emphasis should be placed on maintaining high standards and sharing good practices, with suggestions to include indicators for long-term absence and well-being achievements in reporting.";

    /// <summary>Appendix 1, 13.2.</summary>
    public const string P13_2 = "During their review, the Committee sought to understand the lack of data relating to Indices of Multiple Deprivation (IMD). Officers noted that a year-on-year measure couldn't be taken due to the infrequency of the data. Alternatively, the Committee suggested utilising data to develop a local KPI to be reported on annually.";

    /// <summary>Appendix 1, 14.2.</summary>
    public const string P14_2 = "This metric's lack of data for 2025/25 prompted the Committee to ask for the KPI to be reconsidered if there is no data or target.";

    /// <summary>Appendix 1, 15.2.</summary>
    public const string P15_2 = "The Committee further drew attention to the lack of data and target for household digital exclusion, with officers stating that it is an area that is evolving naturally and agreed to work with partners to develop a realistic target, with Finance and Corporate Services Scrutiny Board (1) to monitor progress.";

    /// <summary>Appendix 1, 16.2.</summary>
    public const string P16_2 = "The Committee also discussed the potential for a KPI on business connectivity, with officers noting data access challenges but agreeing to explore aggregate measures and include 5G coverage in future reviews.";

    /// <summary>Appendix 1, opening of session 5.</summary>
    public const string Session5Opening = "The Committee began by drawing attention to the majority of the Key Performance Indicators that had been achieved or even outperformed their targets. It was emphasised that good practice continued to be celebrated, and recognition was given to those relevant service areas.";

    // ---- Appendix 1, section 17: recommendations to scrutiny and their narrative ----

    /// <summary>Appendix 1, 17.2.</summary>
    public const string P17_2 = "Investigate why certain hot streets, such as Ball Hill, remain persistent fly tipping problems despite ongoing efforts (Communities and Neighbourhoods Scrutiny Board (4)).";

    /// <summary>Appendix 1, 17.3.</summary>
    public const string P17_3 = "Following on from the discussion on increased reporting of fly-tipping, the work being done and the need to recognise enforcement action in the fly-tipping metric, the Committee also drew attention to the hot streets campaign. Specifically, they welcomed a further investigation into why certain areas remain persistent problem areas and the measures in place to tackle this.";

    /// <summary>Appendix 1, 17.5.</summary>
    public const string P17_5 = "Arrange a scrutiny session with the police and relevant partners to examine the impact of changes in police approach to knife crime, including the effectiveness of criminalisation versus diversion and early intervention, and invite Simon Foster (PCC) to attend (Scrutiny Co-ordination Committee).";

    /// <summary>Appendix 1, 17.6.</summary>
    public const string P17_6 = "As recognised previously, during the Committee's discussion into first time entrants into the Youth Justice Service, to better understand police investigation and prosecution policies. Plans were made to bring police representatives to a future scrutiny session to discuss decision-making processes, trends in types of offences, and reoffending rates. The need for more detailed data on offence types and outcomes was identified.";

    /// <summary>Appendix 1, 17.8.</summary>
    public const string P17_8 = "Undertake a deeper scrutiny piece of work on the systemic approach to child poverty, ensuring cross-partner collaboration and consideration of generational worklessness and private sector involvement (Scrutiny Co-ordination Committee).";

    /// <summary>Appendix 1, 17.9.</summary>
    public const string P17_9 = "The Committee's previous review of metric's relating to the portfolios of both the Cabinet Member for Education and Skills, Councillor K Sandhu, and the Cabinet Member for Children's Services, Councillor P Seaman, led a wider exploration of child poverty and low-income families. Specifically, the Committee examined the high percentage of children living in low-income families in Coventry, the links to migration, employment, and generational poverty, and discussed strategies for targeted intervention and partnership working. Officers highlighted the development of a whole systems approach involving public health, education, housing, and economic partners. The Marmot City framework and the One Coventry programme are seen as vehicles for integrating efforts and addressing systemic issues. Resultantly, Scrutiny was identified as a means to bring together partners, review the effectiveness of current programmes, and consider deeper dives into generational poverty, employment, and health inequalities.";

    /// <summary>Appendix 1, 17.10.</summary>
    public const string P17_10 = "Consider number of jobs created by sector";

    /// <summary>Appendix 1, 17.11.</summary>
    public const string P17_11 = "Following the review of economic prosperity metrics and active enterprises in the city, the Committee welcomed the recommendation of additional indicators, such as the number of residents entering employment, jobs created, and investment attracted, rather than relying solely on the active enterprises figure to demonstrate economic performance. Additionally, the Committee requested sector-by-sector data and information on business longevity, which was acknowledged as available but not yet collated; officers agreed to raise this as an agenda item for further scrutiny and provide the requested breakdown as part of the item on the Economic Development Strategy at the Business, Economy and Enterprise Scrutiny Board (3)";

    /// <summary>Appendix 1, 17.12.</summary>
    public const string P17_12 = "Collection agency performance data on third-party collection agencies, including their success rates";

    /// <summary>Appendix 1, 17.13.</summary>
    public const string P17_13 = "During the discussion on the complexities of business rates and council tax collection, officers confirmed that collection agents are used and that their performance is monitored monthly. Currently, agents collect around 30% of referred debts, with the data being shared with Scrutiny Board (1) as requested by the Committee.";

    /// <summary>Appendix 1, 17.14.</summary>
    public const string P17_14 = "Ensure that each Scrutiny Board reviews performance on the relevant KPI's on an annual basis as part of the One Coventry Plan review process";

    /// <summary>Appendix 1, 17.15.</summary>
    public const string P17_15 = "Considering the recommendations for the KPIs not previously reviewed in the deep dive sessions, the Committee highlighted the importance of Council continuity in ensuring that KPIs align with those in other Council strategies, with a recommendation to cross-reference and harmonise targets. Specifically, the importance of Scrutiny buy-in to future plans was stressed, with a recommendation to have KPIs go to the relevant Scrutiny Boards before being pulled together in the annual report.";
}
