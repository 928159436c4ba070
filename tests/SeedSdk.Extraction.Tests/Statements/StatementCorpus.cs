using Xunit;

namespace SeedSdk.Extraction.Tests.Statements;

/// <summary>Example sentences for statements: text, speaker, reported content ('||' separates several statements' contents).</summary>
public static class StatementCorpus
{
    /// <summary>Texts whose statements must be exactly these (speaker of each statement is the given one).</summary>
    public static TheoryData<string, string, string> Positive => new()
    {
        // "X verb that ...", with many reporting verbs.
        { "Wang Chuanfu said that the company would open 500 stores in Europe.", "Wang Chuanfu", "the company would open 500 stores in Europe" },
        { "Liu Qiangdong pointed out that logistics costs were falling.", "Liu Qiangdong", "logistics costs were falling" },
        { "Kenji Yamamoto noted that the yen had weakened.", "Kenji Yamamoto", "the yen had weakened" },
        { "Maria Garcia revealed that the utility plans to sell its grid unit.", "Maria Garcia", "the utility plans to sell its grid unit" },
        { "Akio Toyoda stressed that hybrids remain important.", "Akio Toyoda", "hybrids remain important" },
        { "Anna Weber stated that the bank had enough capital.", "Anna Weber", "the bank had enough capital" },
        { "Chen Xiaoping added that more funding was needed.", "Chen Xiaoping", "more funding was needed" },
        { "Ravi Sharma explained that inflation expectations were anchored.", "Ravi Sharma", "inflation expectations were anchored" },
        { "Lisa Wong emphasized that safety comes first.", "Lisa Wong", "safety comes first" },
        { "Kim Min-jun warned that margins are thin.", "Kim Min-jun", "margins are thin" },
        { "Carlos Silva confirmed that the mine would reopen in June.", "Carlos Silva", "the mine would reopen in June" },
        { "Yuki Tanaka told reporters that orders had doubled.", "Yuki Tanaka", "orders had doubled" },
        { "Sundar Pichai said on Tuesday that search revenue grew 12 percent.", "Sundar Pichai", "search revenue grew 12 percent" },
        { "Zhou Min said in an interview that the factory was running at full capacity.", "Zhou Min", "the factory was running at full capacity" },

        // Without "that", with titles and appositives, with pronouns.
        { "Tim Cook said demand in India remained strong.", "Tim Cook", "demand in India remained strong" },
        { "Oliver Blume, chief executive of Volkswagen, said the group would cut costs.", "Oliver Blume", "the group would cut costs" },
        { "Mei Ling, founder and CEO of Harbor Logistics, noted that freight rates had stabilized.", "Mei Ling", "freight rates had stabilized" },
        { "BYD chairman Wang Chuanfu said on Tuesday that exports would double.", "Wang Chuanfu", "exports would double" },
        { "Laura Chen joined the board in 2021. She said that governance had improved.", "Laura Chen", "governance had improved" },
        { "Huang Renxun spoke first. He added that supply remains tight.", "Huang Renxun", "supply remains tight" },
        { "Dr. Sarah Chen of Stanford University said the findings were preliminary.", "Sarah Chen", "the findings were preliminary" },
        { "Mr. Baker also noted that prices were too high.", "Baker", "prices were too high" },

        // "according to", attribution after the content, quotations.
        { "According to Zhang Wei, the project will finish next year.", "Zhang Wei", "the project will finish next year" },
        { "\u201CDemand is recovering,\u201D Jane Smith said, \u201Cbut prices remain under pressure.\u201D", "Jane Smith", "Demand is recovering" },
        { "Online sales rose 7% last year, according to data from the Ministry of Commerce.", "Ministry of Commerce", "Online sales rose 7% last year" },
        { "According to a statement by Vestas Group, orders doubled.", "Vestas Group", "orders doubled" },
        { "Maria Lopez runs the fund. According to her, returns doubled in 2024.", "Maria Lopez", "returns doubled in 2024" },
        { "Kenji Sato spoke on Friday. Revenue rose 8%, according to him.", "Kenji Sato", "Revenue rose 8%" },
        { "Exports rose 5 percent in April, according to the General Administration of Customs.", "General Administration of Customs", "Exports rose 5 percent in April" },
        { "According to the Ministry of Commerce, foreign investment fell.", "Ministry of Commerce", "foreign investment fell" },
        { "The market will recover by autumn, Ravi Sharma said.", "Ravi Sharma", "The market will recover by autumn" },
        { "\u201CWe will not join a price war,\u201D said Oliver Blume, chief executive of Volkswagen.", "Oliver Blume", "We will not join a price war" },
        { "\u201CDemand will recover in the second half,\u201D Sony Group president Hiroki Totoki said.", "Hiroki Totoki", "Demand will recover in the second half" },
        { "Akio Toyoda said: \u201CHybrids are here to stay.\u201D", "Akio Toyoda", "Hybrids are here to stay" },
        { "\"Costs are falling,\" Lisa Wong said.", "Lisa Wong", "Costs are falling" },

        // Organizations and resolved descriptions as speakers.
        { "The Ministry of Finance said it would issue bonds. The ministry added that the deficit would narrow.", "Ministry of Finance", "it would issue bonds||the deficit would narrow" },
        { "Tata Motors unveiled a new truck. The company said orders were strong.", "Tata Motors", "orders were strong" },
        { "Liu Qiangdong pointed out that costs fell. He said that margins rose.", "Liu Qiangdong", "costs fell||margins rose" },
        { "Li Wei said growth would be stable this year. \"We have the tools to achieve this target,\" Li added.", "Li Wei", "growth would be stable this year||We have the tools to achieve this target" },
        { "Health Minister J.P. Nadda said that digital tools would transform rural care.", "J.P. Nadda", "digital tools would transform rural care" },
        { "Steven Yang said the charger would ship in June, adding that prices would be announced later.", "Steven Yang", "the charger would ship in June||prices would be announced later" },
        { "Lu Ting noted that exports were resilient, pointing out that new orders rose.", "Lu Ting", "exports were resilient||new orders rose" },
        { "Zhang Wei: We expect strong demand next year.", "Zhang Wei", "We expect strong demand next year" },
        { "Emma Clark met Sun Hao in Wuhan. She said that prices would fall.", "Emma Clark", "prices would fall" },
        { "Maria Lopez spoke briefly. She declined to comment on the talks and said that licensing revenue rose.", "Maria Lopez", "licensing revenue rose" },
        { "\u201CWe are an IP company,\u201D said Rene Haas.", "Rene Haas", "We are an IP company" },
        { "According to Rene Haas, licensing revenue rose.", "Rene Haas", "licensing revenue rose" },
        { "According to Zhang Wei, a senior researcher at the Chinese Academy of Sciences, the project will finish next year.", "Zhang Wei", "the project will finish next year" },
        { "Tata Motors said on Monday it would raise prices.", "Tata Motors", "it would raise prices" },
        { "Tata Motors said in a statement the plan was on track.", "Tata Motors", "the plan was on track" },
        { "Rene Haas spoke at the event. Haas said chips were scarce. Later, Mr. Haas added that prices would rise.", "Rene Haas", "chips were scarce||prices would rise" },
        { "Lenovo Group announced that it would partner with Nvidia.", "Lenovo Group", "it would partner with Nvidia" },
        { "\"Costs are falling,\" Lisa Wong said. \"We expect margins to widen.\"", "Lisa Wong", "Costs are falling||We expect margins to widen" },
        { "\u201CCosts are falling,\u201D said Lisa Wong. \u201CWe expect margins to widen.\u201D", "Lisa Wong", "Costs are falling||We expect margins to widen" },
        { "Harbin Electric Company Limited (\u201CHEC Power\u201D) reported sales. HEC Power said exports doubled.", "Harbin Electric Company Limited", "exports doubled" },
        { "Beijing (Reuters) - Lenovo Group Ltd (Lenovo) said sales rose.", "Lenovo Group Ltd", "sales rose" },
        { "Wang Chuanfu, chairman of BYD Company, visited Hungary. The chairman said that the plant would open in 2025.", "Wang Chuanfu", "the plant would open in 2025" },
        { "Laura Chen, co-founder of Nexa Robotics, spoke. The co-founder noted that funding was secured.", "Laura Chen", "funding was secured" },
        { "Nio\u2019s deliveries rose, and Nio said demand was strong.", "Nio", "demand was strong" },

        { "Rates will stay high for as long as necessary, board member Anna Berg said on Friday in a speech.", "Anna Berg", "Rates will stay high for as long as necessary" },
        { "Tom Reyes spoke. \u201CThe shift has to start now,\u201D he told reporters.", "Tom Reyes", "The shift has to start now" },
        { "Tom Reyes spoke. \"We cannot wait. The shift has to start now,\" he told reporters.", "Tom Reyes", "We cannot wait. The shift has to start now" },
        { "France's finance minister, Claire Dubois, told Le Monde that the deficit would narrow.", "Claire Dubois", "the deficit would narrow" },
        { "The Federal Reserve held rates steady, with Chair Jerome Powell telling reporters that the economy remained strong.", "Jerome Powell", "the economy remained strong" },
        { "\u201CThis investment will speed up production,\u201D said Dr. Wen Tao, founder of Nexora Robotics.", "Wen Tao", "This investment will speed up production" },
        { "Xu Lan, general manager of Tianyu Textiles, met a buyer. She said orders had doubled, while she noted that prices were rising.", "Xu Lan", "orders had doubled||prices were rising" },
        { "The team was led by Professor Sato Haruki. Sato said the enzyme worked at room temperature.", "Sato Haruki", "the enzyme worked at room temperature" },
        { "Chen Yu, a doctoral student, said the next goal is a cell that works in winter.", "Chen Yu", "the next goal is a cell that works in winter" },

        // "in a statement", an affiliated speaker behind a relative clause, a titled portfolio before the name.
        { "Chief executive Maria Keller said in a statement that the company would hire 500 engineers.", "Maria Keller", "the company would hire 500 engineers" },
        { "In a statement, finance minister Paulo Reis said the budget deficit would narrow.", "Paulo Reis", "the budget deficit would narrow" },
        { "Professor Anna Berg of Uppsala University, who led the study, said the results were robust.", "Anna Berg", "the results were robust" },
        { "Secretary for Transport and Logistics Mable Chan said the city would build three new piers. She added that ferries would run hourly.", "Mable Chan", "the city would build three new piers||ferries would run hourly" },

        // A quotation before a speaker with an appositive ends at its closing mark.
        { "\"Europe is our most important market,\" Ingrid Larsen, chief executive of Nordvik Energy Group, told reporters in Oslo.", "Ingrid Larsen", "Europe is our most important market" },
        { "\u201CThe order book is full,\u201D Rahul Mehta, chief financial officer of Tata Steel, said on Monday.", "Rahul Mehta", "The order book is full" },

        // "according to" an organization's officer, named with the role before or after.
        { "According to Tata Steel chief executive Rahul Mehta, the mill will open in 2027.", "Rahul Mehta", "the mill will open in 2027" },
        { "Output will double, according to Nomura economist Lu Ting.", "Lu Ting", "Output will double" },
        { "According to chief economist Lu Ting, output will double.", "Lu Ting", "output will double" },
        { "\"Demand is strong,\" said Tata Steel chief executive Rahul Mehta.", "Rahul Mehta", "Demand is strong" },
        { "\u201CDemand is strong,\u201D said chief executive Rahul Mehta.", "Rahul Mehta", "Demand is strong" },
        { "According to Rahul Mehta, Tata Steel's chief executive, the mill will open in 2027.", "Rahul Mehta", "the mill will open in 2027" },

        // "according to" a description that refers back to a named organization.
        { "Tata Motors unveiled a new truck. Orders rose 12 percent in March, according to the company.", "Tata Motors", "Orders rose 12 percent in March" },
        { "The Ministry of Commerce published trade data. According to the ministry, exports rose 4 percent.", "Ministry of Commerce", "exports rose 4 percent" },

        // An organization set off from the verb by a relative clause or an appositive.
        { "Geely Automobile Group, which owns Volvo Cars, said in a statement that the venture was part of its plan.", "Geely Automobile Group", "the venture was part of its plan" },
        { "Nordvik Energy Group, which makes turbines, blades and towers, said on Monday that it would cut 300 jobs.", "Nordvik Energy Group", "it would cut 300 jobs" },
        { "The Ministry of Finance issued new rules. The ministry, which oversees the sector, said on Monday that the rules would take effect in May.", "Ministry of Finance", "the rules would take effect in May" },
        { "Toyota Motor Corporation, the world's largest carmaker, said it would raise wages.", "Toyota Motor Corporation", "it would raise wages" },
        { "The International Monetary Fund, in its latest outlook, said growth would slow to 2.9 percent.", "International Monetary Fund", "growth would slow to 2.9 percent" },
        { "Siemens Energy Group, citing weak demand for turbines, said it would cut 4,000 jobs.", "Siemens Energy Group", "it would cut 4,000 jobs" },
        { "Sunrise Textile Group, founded in 1990, said exports to Africa had doubled.", "Sunrise Textile Group", "exports to Africa had doubled" },

        // An attribution followed by the writer's own clause; a dateline before the content; a time adverb after the verb.
        { "Hyundai Motor Group will build a plant in Georgia, the company said on Tuesday, as suppliers race to localise production.", "Hyundai Motor Group", "Hyundai Motor Group will build a plant in Georgia" },
        { "Orders for Posco Holdings rose 8 percent in May, the company said, adding that demand from shipbuilders was strong.", "Posco Holdings", "Orders for Posco Holdings rose 8 percent in May||demand from shipbuilders was strong" },
        { "LIMA, June 3 (Reuters) - Southern Copper Corporation will expand its Peruvian mines, the company said on Monday.", "Southern Copper Corporation", "Southern Copper Corporation will expand its Peruvian mines" },
        { "BRUSSELS -- The European Union and Chile aim to sign the deal by June, Commissioner Dariusz Wolanski said on Friday.", "Dariusz Wolanski", "The European Union and Chile aim to sign the deal by June" },
        { "NAIROBI \u2014 Kenya will double its geothermal capacity, energy minister Ruth Wanjiku said.", "Ruth Wanjiku", "Kenya will double its geothermal capacity" },
        { "Trade in goods reached 124 billion euros in 2023, according to Eurostat.", "Eurostat", "Trade in goods reached 124 billion euros in 2023" },
        { "A Halvorsen Motors spokesperson said the recall would cost 20 million dollars.", "Halvorsen Motors", "the recall would cost 20 million dollars" },
        { "Scientists at the Massachusetts Institute of Technology built a catalyst. MIT's team worked with Seoul National University. Nel ASA, ITM Power, Plug Power and Siemens Energy have shown interest, the university said.", "Massachusetts Institute of Technology", "Nel ASA, ITM Power, Plug Power and Siemens Energy have shown interest" },
        { "Maria Santos, chief executive of Contoso Motors, spoke with reporters.\n\nQ: What are your plans?\n\nA: We will hire 3,000 engineers.", "Maria Santos", "We will hire 3,000 engineers" },
        { "A spokeswoman for the Ministry of Commerce said exports rose.", "Ministry of Commerce", "exports rose" },
        { "Reporter: What is driving growth?\n\nWang Lei: Localization. We have 35 industrial parks around the world.", "Wang Lei", "Localization. We have 35 industrial parks around the world" },
        { "At the time, Dariusz Wolanski said the investment would create 50,000 jobs; it is unclear how many materialized.", "Dariusz Wolanski", "the investment would create 50,000 jobs" },
        { "Nippon Steel said last month it would invest $2 billion in Ohio.", "Nippon Steel", "it would invest $2 billion in Ohio" },
        { "Sony Group said yesterday the new console would ship in June.", "Sony Group", "the new console would ship in June" },
        { "Posco Holdings said Tuesday it would build a mill in Texas.", "Posco Holdings", "it would build a mill in Texas" },
        { "Posco Holdings will build a mill in Texas, the company said Tuesday.", "Posco Holdings", "Posco Holdings will build a mill in Texas" },
        { "India will cut import duties on steel, Finance Minister Nirmala Sitharaman said Tuesday while presenting the budget.", "Nirmala Sitharaman", "India will cut import duties on steel" },
        { "Steel demand will recover in 2026, Rahul Mehta said last week in a speech.", "Rahul Mehta", "Steel demand will recover in 2026" },

        // Longer adverbials and listeners before a content without "that".
        { "Southern Copper Corporation said in a filing with the Lima Stock Exchange the expansion would cost $1 billion.", "Southern Copper Corporation", "the expansion would cost $1 billion" },
        { "Rahul Mehta said at a press conference in Mumbai on Tuesday the company would list in Singapore.", "Rahul Mehta", "the company would list in Singapore" },
        { "Rahul Mehta told Reuters on Monday the company would list in Singapore.", "Rahul Mehta", "the company would list in Singapore" },
        { "Rahul Mehta said on Monday, \u201CWe will list in Singapore.\u201D", "Rahul Mehta", "We will list in Singapore" },
        { "Posco Holdings said late on Friday it had received approval.", "Posco Holdings", "it had received approval" },

        // "It" opening the sentence after an organization.
        { "Posco Holdings said steel output rose 3 percent. It added that exports to India doubled.", "Posco Holdings", "steel output rose 3 percent||exports to India doubled" },
        { "Southern Copper Corporation posted a loss. It said demand from China was weak.", "Southern Copper Corporation", "demand from China was weak" },

        // A contrast about another named company is the writer's, and may hold its own statement.
        { "Tata Steel said it would invest $5 billion in Odisha, while Posco Holdings is building a mill in Gujarat.", "Tata Steel", "it would invest $5 billion in Odisha" },

        { "Exports rose 5 percent in May, according to the Ministry of Commerce, and imports fell.", "Ministry of Commerce", "Exports rose 5 percent in May" },
        { "\"Our goal is simple,\" said He Xiaopeng, who founded Xpeng Motors in 2014.", "He Xiaopeng", "Our goal is simple" },

        { "Rahul Mehta declined to comment on the deal but said talks were continuing.", "Rahul Mehta", "talks were continuing" },
        { "Rahul Mehta cautioned that steel prices could fall further.", "Rahul Mehta", "steel prices could fall further" },

        // A question or exclamation closing a quotation ends the sentence before its attribution.
        { "\"Will steel prices fall?\" Rahul Mehta said.", "Rahul Mehta", "Will steel prices fall?" },
        { "\u201CIs this the bottom?\u201D Rahul Mehta, chief financial officer of Tata Steel, told reporters.", "Rahul Mehta", "Is this the bottom?" },

        { "\u201CIt was a hard year,\u201D said Rahul Mehta, chief executive of Tata Steel. \u201CWe cut debt.\u201D Mehta added that margins would recover.", "Rahul Mehta", "It was a hard year||We cut debt||margins would recover" },

        // "proposed that".
        { "Zhou Hongyi proposed that the government extend the tax exemption until 2027.", "Zhou Hongyi", "the government extend the tax exemption until 2027" },
    };

    /// <summary>Texts without any statement.</summary>
    public static TheoryData<string> Negative => new()
    {
        { "Maria Santos, chief executive of Contoso Motors, spoke with reporters.\n\nA: We will hire 3,000 engineers." },
        { "The report said that sales rose." },
        { "Sales rose 5 percent in April." },
        { "Analysts expect prices to fall." },
        { "The notes said nothing about the merger." },
        { "Wang Chuanfu visited the plant in Hefei." },
        { "The United States imposed new tariffs." },
        { "It is said that the market is cooling." },
        { "Zhang Wei and his team built the prototype." },
        { "According to estimates, demand will double." },
        { "He elaborated in detail on the strategy." },
        { "Mei Ling, who founded Harbor Logistics, left in 2020." },
        { "People said the line was too long." },
        { "Economists at Nomura and Goldman Sachs said the measures were modest." },
        { "Sales rose, adding to the pressure on rivals." },
        { "Zhang Wei spoke on Monday, saying little." },
        { "Wang Chuanfu says:" },
        { "Zhang Wei said in Beijing." },
        { "Lenovo Group announced a partnership with Nvidia." },
        { "Sales rose. \"We expect margins to widen.\"" },
        { "Wang Chuanfu, chairman of BYD Company, visited Hungary. The CEO said that the plant would open." },

        { "In Beijing, officials said nothing." },
        { "Gao Lixin spent the day telling stories." },

        { "Professor Anna Berg of Uppsala University, who led the study, retired." },

        { "Revenue rose, according to the company's annual report." },
        { "Revenue rose, according to the company." },
        { "Zhou Hongyi proposed a new tax credit for startups." },
        { "Zhou Hongyi urged the government to extend the tax exemption." },
        { "Zhou Hongyi called for a national carbon market." },
        { "Analysts at Geely Automobile Group, which owns Volvo Cars, said the deal was fair." },
        { "The proposed merger of Nordvik Energy Group and Tata Steel was delayed." },
        { "MUMBAI, May 2 (Reuters) - Copper prices will rise further, the company said on Friday." },
        { "The plan, according to the Ministry of Commerce, will take effect in June." },
        { "Rahul Mehta cautioned investors about the risks." },
        { "What Siemens Energy Group said was unclear." },
        { "Rahul Mehta told the story of the company's founding." },
        { "Rahul Mehta said so." },
        { "Rahul Mehta said while visiting the plant." },
        { "The report was published on Monday. It said that steel demand would fall." },
        { "Rahul Mehta said little. It said nothing about the deal." },
        { "Rahul Mehta warned investors of the risks in the steel market." },
    };
}
