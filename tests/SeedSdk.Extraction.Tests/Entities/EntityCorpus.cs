using Xunit;

namespace SeedSdk.Extraction.Tests.Entities;

/// <summary>Example sentences for people, organizations, locations and events: text, kind, canonical name, aliases ('|'-separated).</summary>
public static class EntityCorpus
{
    /// <summary>Entities that must be found with exactly these aliases.</summary>
    public static TheoryData<string, string, string, string> Positive => new()
    {
        // People: Chinese, Korean, Japanese and Western name orders; titles stripped; pronouns resolved.
        { "BYD chairman Wang Chuanfu said on Tuesday that sales had doubled.", "person", "Wang Chuanfu", "" },
        { "Zhang Yiming, founder of ByteDance, stepped down last year.", "person", "Zhang Yiming", "" },
        { "Chen Xiaoping, a professor at Fudan University, said the data was incomplete.", "person", "Chen Xiaoping", "" },
        { "Samsung Electronics Chairman Lee Jae-yong visited the plant.", "person", "Lee Jae-yong", "" },
        { "Kim Min-jun, a senior analyst at Nomura, expects margins to shrink.", "person", "Kim Min-jun", "" },
        { "Park Ji-won, chief executive of the bank, said rates would stay high.", "person", "Park Ji-won", "" },
        { "Akio Toyoda, chairman of Toyota Motor Corporation, spoke at the event.", "person", "Akio Toyoda", "" },
        { "Prime Minister Fumio Kishida met business leaders in Osaka.", "person", "Fumio Kishida", "" },
        { "Kenji Yamamoto said the yen would weaken further.", "person", "Kenji Yamamoto", "" },
        { "Maria Garcia is the chief financial officer of Iberdrola.", "person", "Maria Garcia", "" },
        { "Professor Jane Doe, director of the Rotterdam Institute of Logistics, led the study.", "person", "Jane Doe", "" },
        { "Dr. Sarah Chen of Stanford University said the findings were preliminary.", "person", "Sarah Chen", "" },
        { "Mr. Thomas Baker retired in May. Baker had led the firm for a decade.", "person", "Thomas Baker", "Baker" },
        { "Elon Musk, who founded SpaceX, said that prices would fall.", "person", "Elon Musk", "" },
        { "Oliver Blume, chief executive of Volkswagen, visited Beijing. He said demand was recovering.", "person", "Oliver Blume", "He" },
        { "Laura Chen joined the board in 2021. She previously worked at Intel.", "person", "Laura Chen", "She" },
        { "Morgan Stanley analyst Adam Jonas wrote that margins may fall.", "person", "Adam Jonas", "" },
        { "Liu Qiangdong pointed out that logistics costs were falling.", "person", "Liu Qiangdong", "" },
        { "Huang Renxun, the company's founder, answered questions. He smiled.", "person", "Huang Renxun", "He" },
        { "Ravi Sharma, an economist at the central bank, disagreed.", "person", "Ravi Sharma", "" },
        { "Nguyen Van Minh, director of the port, said traffic rose.", "person", "Nguyen Van Minh", "" },

        // Organizations: cue words, legal suffixes, short forms, acronyms introduced in the text, possessives.
        { "Geely Holding Group said Geely would expand in Europe.", "organization", "Geely Holding Group", "Geely" },
        { "Huawei Technologies Co., Ltd. reported higher revenue. Huawei's consumer unit grew fastest.", "organization", "Huawei Technologies Co., Ltd.", "Huawei" },
        { "Apple Inc. shipped fewer phones. Apple's services business grew.", "organization", "Apple Inc.", "Apple" },
        { "The National Development and Reform Commission (NDRC) issued new rules. The NDRC said they take effect in May.", "organization", "National Development and Reform Commission", "NDRC" },
        { "The Ministry of Industry and Information Technology published the list.", "organization", "Ministry of Industry and Information Technology", "" },
        { "The Ministry of Finance said it would issue bonds. The ministry added that the deficit would narrow.", "organization", "Ministry of Finance", "The ministry" },
        { "Shares of Contemporary Amperex Technology Co. rose sharply.", "organization", "Contemporary Amperex Technology Co.", "" },
        { "The People's Bank of China cut the reserve requirement ratio.", "organization", "People's Bank of China", "" },
        { "Researchers at Tsinghua University built the chip.", "organization", "Tsinghua University", "" },
        { "The Chinese Academy of Sciences announced the discovery.", "organization", "Chinese Academy of Sciences", "" },
        { "Goldman Sachs Group raised its forecast.", "organization", "Goldman Sachs Group", "" },
        { "Toyota Motor Corporation said Toyota Motor would build a plant in Texas.", "organization", "Toyota Motor Corporation", "Toyota Motor" },
        { "The World Health Organization warned of new risks.", "organization", "World Health Organization", "" },
        { "The deal was approved by the European Commission on Friday.", "organization", "European Commission", "" },
        { "Maria Garcia is the chief financial officer of Iberdrola.", "organization", "Iberdrola", "" },
        { "Nio's deliveries rose in March, and Nio expects more in April.", "organization", "Nio", "" },
        { "The 20th Central Committee met in Beijing. The Central Committee approved the plan.", "organization", "Central Committee", "20th Central Committee" },
        { "Tata Motors unveiled a new truck. The company said orders were strong.", "organization", "Tata Motors", "The company" },
        { "Tencent posted record profit.", "organization", "Tencent", "" },

        // Locations: countries with variants, provinces, cities, regions, possessives.
        { "Exports to Germany rose 5 percent.", "location", "Germany", "" },
        { "The United States imposed tariffs. The US later eased them.", "location", "United States", "US" },
        { "Brazil's central bank raised rates.", "location", "Brazil", "" },
        { "The factory in Guangdong will employ 3,000 people.", "location", "Guangdong", "" },
        { "New plants were built in Shenzhen and Suzhou.", "location", "Suzhou", "" },
        { "Demand in Southeast Asia remained strong.", "location", "Southeast Asia", "" },
        { "The company opened an office in Hong Kong.", "location", "Hong Kong", "" },
        { "Sales in California grew.", "location", "California", "" },
        { "The firm expanded into the Middle East and Africa.", "location", "Middle East", "" },
        { "Lawmakers in South Korea debated the bill.", "location", "South Korea", "" },
        { "The summit was held in Nairobi.", "location", "Nairobi", "" },
        { "A new line links Sichuan Province to the coast.", "location", "Sichuan Province", "" },
        { "Growth in India beat expectations.", "location", "India", "" },

        // Events: session, summit, forum, expo, show; events whose names contain an organization.
        { "The China International Import Expo opened on Monday.", "event", "China International Import Expo", "" },
        { "Leaders met at the G20 Summit in Rio.", "event", "G20 Summit", "" },
        { "He spoke at the World Economic Forum in Davos.", "event", "World Economic Forum", "" },
        { "The Boao Forum for Asia closed on Friday.", "event", "Boao Forum for Asia", "" },
        { "Delegates attended the Second Session of the 14th National Committee of the Chinese People's Political Consultative Conference.", "event", "Second Session of the 14th National Committee of the Chinese People's Political Consultative Conference", "" },
        { "The Fourth Plenary Session of the 20th Central Committee ended on Thursday.", "event", "Fourth Plenary Session of the 20th Central Committee", "" },
        { "The Fourth Plenary Session of the 20th Central Committee ended on Thursday.", "organization", "Central Committee", "20th Central Committee" },
        { "New models were shown at the Shanghai Auto Show.", "event", "Shanghai Auto Show", "" },
        { "The Mobile World Congress takes place in Barcelona.", "organization", "Mobile World Congress", "" },
        { "Athletes prepared for the Asian Games in Hangzhou.", "event", "Asian Games", "" },
        { "The Canton Fair attracted foreign buyers.", "event", "Canton Fair", "" },
        { "The United Nations Climate Change Conference opened in Dubai.", "event", "United Nations Climate Change Conference", "" },

        // Initials and one-word names after a title.
        { "Health Minister J.P. Nadda said digital tools would help.", "person", "J.P. Nadda", "" },
        { "The plant was opened by Chief Minister Siddaramaiah on Friday.", "person", "Siddaramaiah", "" },
        { "Economists at Nomura and Goldman Sachs said the measures were modest.", "organization", "Goldman Sachs", "" },
        { "Premier Li Qiang spoke first. Li said growth would be stable.", "person", "Li Qiang", "Li" },
        { "Liu Qiangdong, the founder of JD.com, resigned.", "organization", "JD.com", "" },
        { "Anker founder Steven Yang unveiled the charger.", "organization", "Anker", "" },
        { "Anker founder Steven Yang unveiled the charger.", "person", "Steven Yang", "" },
        { "Emma Clark met Sun Hao in Wuhan. He said the talks went well. She said that prices would fall.", "person", "Emma Clark", "She" },
        { "Emma Clark met Sun Hao in Wuhan. He said the talks went well. She said that prices would fall.", "person", "Sun Hao", "He" },
        { "The 14th Five-Year Plan sets targets for 2025.", "event", "14th Five-Year Plan", "" },
        { "Delegates gathered for the Two Sessions in March.", "event", "Two Sessions", "" },
        { "The Belt and Road Initiative turned ten this year.", "event", "Belt and Road Initiative", "" },
        { "\u201CWe are an IP company,\u201D said Rene Haas.", "person", "Rene Haas", "" },
        { "Highlights\n- Lenovo Group opened 500 stores in Chile\n- Margins improved", "organization", "Lenovo Group", "" },
        { "Nadella on Cloud Growth at Microsoft\nMicrosoft Corporation reported strong cloud sales.", "organization", "Microsoft Corporation", "" },
    };

    /// <summary>Text that must not come out as an entity of the kind ("*" = no entity of that kind at all).</summary>
    public static TheoryData<string, string, string> Negative => new()
    {
        { "Chinese brands gained market share.", "location", "*" },
        { "Chinese brands gained market share.", "organization", "*" },
        { "The Chinese-style modernization drive continues.", "location", "*" },
        { "Looking ahead, the outlook is bright.", "person", "*" },
        { "Looking ahead, the outlook is bright.", "organization", "*" },
        { "Meanwhile, the media reported a delay.", "organization", "*" },
        { "The company said profit rose.", "organization", "*" },
        { "Spending on R&D reached a record.", "organization", "*" },
        { "Investment in AI and EV batteries grew.", "organization", "*" },
        { "Sales rose in March and April.", "person", "*" },
        { "Sales rose in March and April.", "organization", "*" },
        { "Quarterly Results Beat Forecasts Again\nRevenue rose 5 percent.", "organization", "*" },
        { "Quarterly Results Beat Forecasts Again\nRevenue rose 5 percent.", "person", "*" },
        { "The Ministry of Commerce said exports rose.", "location", "*" },
        { "Bank of China raised deposit rates.", "location", "China" },
        { "Smart Homes are the future, the report said.", "person", "*" },
        { "On the \"Innovation Channel\" today, the panel met.", "organization", "*" },
        { "European regulators and American investors disagreed.", "location", "*" },
        { "The group said it had no comment.", "organization", "*" },
        { "He said the Internet changed everything.", "organization", "*" },
        { "Dr. Sarah Chen of Stanford University said the findings were preliminary.", "organization", "Sarah Chen of Stanford University" },
        { "Xu Wei said the Shanghai Institute would expand.", "person", "Shanghai Institute" },
        { "They met on Monday in the Great Hall.", "person", "*" },
        { "The CEO said costs fell.", "organization", "*" },
        { "Economists at Nomura and Goldman Sachs said the measures were modest.", "person", "*" },
        { "On the \"Representative Channel\" of the forum, delegates spoke.", "person", "*" },
        { "The Great Hall was full.", "person", "*" },
        { "Trade between Germany and France Forum members grew.", "event", "Germany and France Forum" },
    };
}
