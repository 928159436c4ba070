using Xunit;

namespace SeedSdk.Extraction.Tests.Roles;

/// <summary>Example sentences for roles: text, then the expected (person|role|organization) triples separated by ';' (empty organization = none).</summary>
public static class RoleCorpus
{
    /// <summary>Sentences and every role they state.</summary>
    public static TheoryData<string, string> Positive => new()
    {
        { "Zhang Yiming, founder of ByteDance, stepped down.", "Zhang Yiming|founder|ByteDance" },
        { "Dariusz Wolanski, the EU's trade commissioner, noted that talks remained open.", "Dariusz Wolanski|trade commissioner|EU" },
        { "The chairwoman of Kestrel Home Appliances Dong Mingzhu met reporters.", "Dong Mingzhu|chairwoman|Kestrel Home Appliances" },
        { "Investment Minister Bahlil Lahadalia said the plan would work.", "Bahlil Lahadalia|investment minister|" },
        { "Home Secretary Yvette Cooper said the plan would work.", "Yvette Cooper|home secretary|" },
        { "Brazilian Finance Minister Fernando Haddad said the plan would work.", "Fernando Haddad|finance minister|" },
        { "Halvorsen Energy AG won an order from grid operator Nordlink. The company said the stations ship in 2029. Chief Executive Jan Olsen said demand was strong.", "Jan Olsen|chief executive|Halvorsen Energy AG" },
        { "Ngozi Adeyemi, Nigeria's finance minister, said the plan would work.", "Ngozi Adeyemi|finance minister|" },
        { "\"India is a key market,\" said Tran Thi Mai, Halvorsen Group's global chief executive.", "Tran Thi Mai|chief executive|Halvorsen Group" },
        { "Associate Professor Fang Lu of the Department of Electronic Engineering led the work.", "Fang Lu|associate professor|Department of Electronic Engineering" },
        { "Chief economist Maria Keller at Deutsche Bank expects two rate cuts.", "Maria Keller|chief economist|Deutsche Bank" },
        { "Wang Chuanfu, founder, chairman and president of BYD Company, spoke first.", "Wang Chuanfu|founder|BYD Company;Wang Chuanfu|chairman|BYD Company;Wang Chuanfu|president|BYD Company" },
        { "Tim Cook, chief executive of Apple Inc., told reporters that demand was strong.", "Tim Cook|chief executive|Apple Inc." },
        { "Maria Garcia is the chief financial officer of Iberdrola.", "Maria Garcia|chief financial officer|Iberdrola" },
        { "Kim Min-jun, a senior analyst at Nomura, expects margins to shrink.", "Kim Min-jun|senior analyst|Nomura" },
        { "Samsung Electronics Chairman Lee Jae-yong visited the plant.", "Lee Jae-yong|chairman|Samsung Electronics" },
        { "Sony Group president Hiroki Totoki said demand would recover.", "Hiroki Totoki|president|Sony Group" },
        { "Wells Fargo economist Sarah House said inflation would ease.", "Sarah House|economist|Wells Fargo" },
        { "The Ministry of Commerce said investment fell. MOFCOM spokesperson He Yadong said the trend would improve.", "He Yadong|spokesperson|Ministry of Commerce" },
        { "Shares rose after Lucerne Publishing chief executive Anna Berg said sales doubled.", "Anna Berg|chief executive|Lucerne Publishing" },
        { "Kenji Watanabe, chief executive of Alpine Ski House, said one-quarter of the budget would go to research.", "Kenji Watanabe|chief executive|Alpine Ski House" },
        { "Revenue rose 4%, according to Alpine Ski House. Kenji Watanabe, chief executive of Alpine Ski House, said costs fell.", "Kenji Watanabe|chief executive|Alpine Ski House" },
        { "Apple's chief executive Tim Cook met suppliers.", "Tim Cook|chief executive|Apple" },
        { "The deal was signed by chairman Fang Zhiyuan.", "Fang Zhiyuan|chairman|" },
        { "Professor Jane Doe, director of the Rotterdam Institute of Logistics, led the study.", "Jane Doe|director|Rotterdam Institute of Logistics" },
        { "Mr. Smith, who chairs the Federal Reserve Bank of Boston, noted that inflation eased.", "Smith|chair|Federal Reserve Bank of Boston" },
        { "Elon Musk, who founded SpaceX, said prices would fall.", "Elon Musk|founder|SpaceX" },
        { "Jane Smith, a spokeswoman for the European Union, declined to comment.", "Jane Smith|spokeswoman|European Union" },
        { "Oliver Blume, CEO and CFO of Porsche Group, defended the plan.", "Oliver Blume|ceo|Porsche Group;Oliver Blume|cfo|Porsche Group" },
        { "Chen Xiaoping, vice president of Fudan University, opened the meeting.", "Chen Xiaoping|vice president|Fudan University" },
        { "Akio Toyoda, chairman of Toyota Motor Corporation, spoke.", "Akio Toyoda|chairman|Toyota Motor Corporation" },
        { "Ravi Sharma, an economist at the Reserve Bank of India, disagreed.", "Ravi Sharma|economist|Reserve Bank of India" },
        { "Morgan Stanley analyst Adam Jonas wrote a note.", "Adam Jonas|analyst|Morgan Stanley" },
        { "Prime Minister Fumio Kishida met business leaders.", "Fumio Kishida|prime minister|" },
        { "Laura Chen, co-founder of Nexa Robotics, raised new funds.", "Laura Chen|co-founder|Nexa Robotics" },
        { "Park Ji-won became chairwoman of Hanil Bank.", "Park Ji-won|chairwoman|Hanil Bank" },
        { "Liu Qiangdong, the founder of JD.com, resigned.", "Liu Qiangdong|founder|JD.com" },
        { "Nguyen Van Minh, managing director of Saigon Port Authority, said traffic rose.", "Nguyen Van Minh|managing director|Saigon Port Authority" },
        { "Carlos Silva, executive vice president of Vale Group, announced the sale.", "Carlos Silva|executive vice president|Vale Group" },
        { "Anna Weber, head of research at Deutsche Bank, was cautious.", "Anna Weber|head|" },
        { "Yuki Tanaka, general manager of Hitachi Energy, said orders grew.", "Yuki Tanaka|general manager|Hitachi Energy" },
        { "Sundar Pichai, the chief executive of Google, spoke at the forum.", "Sundar Pichai|chief executive|Google" },
        { "Governor Zhao Wei of the province said the plan was ready.", "Zhao Wei|governor|" },
        { "Xu Lin, deputy general manager of Sinopec Group, said output rose.", "Xu Lin|deputy general manager|Sinopec Group" },
        { "Dr. Ahmed Khan, chief scientist at Gulf Research Institute, presented the data.", "Ahmed Khan|chief scientist|Gulf Research Institute" },
        { "Klaus Schwab, founder and executive chairman of the World Economic Forum, spoke.", "Klaus Schwab|founder|World Economic Forum;Klaus Schwab|executive chairman|World Economic Forum" },
        { "Health Minister J.P. Nadda opened the clinic.", "J.P. Nadda|health minister|" },
        { "Anker founder Steven Yang unveiled the charger.", "Steven Yang|founder|Anker" },
        { "Daiwa chief economist Ono Hiroshi noted that wages rose.", "Ono Hiroshi|chief economist|Daiwa" },
        { "Zhou Min, chairman of Harbor Bank, spoke to reporters as a delegate of the National Assembly.", "Zhou Min|chairman|Harbor Bank;Zhou Min|delegate|National Assembly" },
        { "Nvidia posted record sales. Huang Renxun, the company's founder, said demand was strong.", "Huang Renxun|founder|Nvidia" },
        { "Huang Renxun, the company's founder, spoke first.", "Huang Renxun|founder|" },
        { "U.S. President Joe Biden said that tariffs would stay.", "Joe Biden|president|" },
        { "Zhou Min, who is also chairman of Harbor Bank, spoke.", "Zhou Min|chairman|Harbor Bank" },
        { "Zhou Min is currently the vice president of Harbor Bank.", "Zhou Min|vice president|Harbor Bank" },

        { "The deal is with Mirae Semiconductor, whose chief executive, Park Soo-jin, called it historic.", "Park Soo-jin|chief executive|Mirae Semiconductor" },
        { "Tesla's chief financial officer, David Wong, said costs fell.", "David Wong|chief financial officer|Tesla" },
        { "Zhao Ming, a member of the Standing Committee and chairman of Harbor Steel Group, spoke.", "Zhao Ming|member|Standing Committee;Zhao Ming|chairman|Harbor Steel Group" },
        { "Tesla's chief financial officer, Vaibhav Taneja, said costs fell.", "Vaibhav Taneja|chief financial officer|Tesla" },
        { "France's economy minister Bruno Le Maire welcomed the move.", "Bruno Le Maire|economy minister|" },
        { "Midea Group reported a rise. Its chairman Fang Hongbo said that sales grew.", "Fang Hongbo|chairman|Midea Group" },
        { "During the two sessions, NPC deputy and chairman of Changan Automobile Zhu Huarong submitted a proposal.", "Zhu Huarong|deputy|NPC;Zhu Huarong|chairman|Changan Automobile" },
        { "Founder and chairman of Horizon Motors Wang Jian spoke first.", "Wang Jian|founder|Horizon Motors;Wang Jian|chairman|Horizon Motors" },
        { "Pan Jianwei, a physicist at the University of Science and Technology of China who led the team, said it was fast.", "Pan Jianwei|physicist|University of Science and Technology of China" },
        { "Ma Yong, chairman of Sinopec Group and a deputy to the 14th National People's Congress, spoke.", "Ma Yong|chairman|Sinopec Group;Ma Yong|deputy|National People's Congress" },
        { "Sony Group Corporation appointed Hiroki Totoki as its new chief executive on Tuesday.", "Hiroki Totoki|chief executive|Sony Group Corporation" },
        { "Kenichiro Yoshida, who will remain chairman, thanked the staff.", "Kenichiro Yoshida|chairman|" },
        { "Sony Group Corporation named a new board. Yoshida Aiko, a spokeswoman for the company, confirmed it.", "Yoshida Aiko|spokeswoman|Sony Group Corporation" },
        { "Liu Fang, deputy director of the Tianjin Port Authority, said traffic rose.", "Liu Fang|deputy director|Tianjin Port Authority" },

        // An officer named without a company serves the organization the article is about.
        { "Norvik Energy posted record profit. Chief financial officer Anna Lind said Norvik Energy would cut costs.", "Anna Lind|chief financial officer|Norvik Energy" },
        { "\"We are ready,\" chief executive Ola Berg said in a statement. Alta Group and Nordic Bank signed the deal.", "Ola Berg|chief executive|" },
        { "Norvik Energy posted record profit. Finance minister Ana Ruiz said Norvik Energy must pay more tax.", "Ana Ruiz|finance minister|" },
        { "Chief executive Tan Wei Ming said sales rose. Analysts at Keppel Bank, which covers Keppel Bank clients, agreed.", "Tan Wei Ming|chief executive|" },
        { "Norvik Energy posted record profit. Chief economist Lars Moe said Norvik Energy was an outlier.", "Lars Moe|chief economist|" },
    };

    /// <summary>Sentences that state no role.</summary>
    public static TheoryData<string> Negative => new()
    {
        { "The chairman said the results were strong." },
        { "Professor Jane Doe led the study." },
        { "Dr. Sarah Chen of Stanford University said the findings were preliminary." },
        { "The company will appoint a new CEO next year." },
        { "Analysts expect the founder to sell shares." },
        { "Wang Chuanfu said the president would visit." },
        { "Tim Cook met the CEO of a supplier in Shenzhen." },
        { "Investors, analysts and managers attended the meeting." },
        { "Lisa Wong, 45, joined the firm in 2019." },
        { "Shares of the bank rose after the director resigned." },
        { "The council met as a member of the alliance looked on." },

        { "In Beijing, Wang Lei, the new arrival, spoke." },
        { "Dariusz Wolanski, the company's newly appointed spokesman, said nothing." },
    };
}
