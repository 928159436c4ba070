using Xunit;

namespace SeedSdk.Extraction.Tests.Lists;

/// <summary>Example sentences for lists: text, head ("" = none), items ('|'-separated).</summary>
public static class ListCorpus
{
    /// <summary>Sentences with exactly one list.</summary>
    public static TheoryData<string, string, string> Positive => new()
    {
        // What bears on every item stays out of the first and the last: a quantifier, a distributive phrase, "than ...".
        { "Shoppers bought more rugs, lamps and kettles than a year ago.", "", "rugs|lamps|kettles" },
        { "The firm will hire data engineers, support staff and trainers in each province.", "", "data engineers|support staff|trainers" },
        { "Lena knows our customers, our plants and our people.", "", "our customers|our plants|our people" },
        // Markdown bullets keep their text without the marks.
        { "The team:\n\n* **Ana Lima**, chief executive\n* [Bo Park](https://example.com/bo), adviser\n", "team", "Ana Lima, chief executive|Bo Park, adviser" },
        // A table's row: its header cell names its values; the header row and the "|---|" line are no list.
        { "| Unit | 2024 | 2025 |\n|---|---|---|\n| Stores | 184 | 197 |\n", "Stores", "184|197" },
        // A year or number ends no head; the first item's own noun heads the names after it.
        { "The group will build plants by 2030: plants in Hungary, Spain and Mexico.", "plants", "Hungary|Spain|Mexico" },
        { "Targets for 2030: solar, wind and storage.", "Targets", "solar|wind|storage" },
        { "The firm has offices in Lyon, Turin and Porto.", "offices", "Lyon|Turin|Porto" },
        { "Offices in Lyon, Turin and Porto will open by 2027.", "Offices", "Lyon|Turin|Porto" },

        // Markdown bullets under a lead-in line.
        { "Priorities for 2026:\n\n- expand the plant in Porto\n- hire 200 engineers\n- open an office in Lyon\n", "Priorities", "expand the plant in Porto|hire 200 engineers|open an office in Lyon" },
        { "The board approved three steps:\n* a new plant;\n* a share buyback;\n* a higher dividend.\n", "three steps", "a new plant|a share buyback|a higher dividend" },

        // "such as", "including", "like", colon.
        { "The company sells products such as phones, tablets and laptops.", "products", "phones|tablets|laptops" },
        { "It invests in sectors such as solar power and hydrogen.", "sectors", "solar power|hydrogen" },
        { "Key markets, such as Brazil, Mexico and Chile, grew quickly.", "Key markets", "Brazil|Mexico|Chile" },
        { "The fund backs startups in fields such as biotech, robotics, and clean energy.", "fields", "biotech|robotics|clean energy" },
        { "Several automakers, including Ford, Honda and Kia, recalled cars.", "automakers", "Ford|Honda|Kia" },
        { "The bank cut fees on services including transfers and card payments.", "services", "transfers|card payments" },
        { "Rivals like Oppo and Vivo lost share.", "Rivals", "Oppo|Vivo" },
        { "The plan covers three sectors: energy, transport and housing.", "three sectors", "energy|transport|housing" },
        { "The group focuses on four core areas: mobile phones, cars, smart homes, smart manufacturing.", "four core areas", "mobile phones|cars|smart homes|smart manufacturing" },
        { "The survey asked about two topics: wages and housing costs.", "two topics", "wages|housing costs" },
        { "The firm makes components such as sensors, chips or batteries.", "components", "sensors|chips|batteries" },
        { "Farmers grow crops such as rice, wheat, maize and soybeans.", "crops", "rice|wheat|maize|soybeans" },
        { "The report named risks such as high inflation, weak demand and rising debt.", "risks", "high inflation|weak demand|rising debt" },
        { "It will build plants in countries such as Hungary and Turkey.", "countries", "Hungary|Turkey" },
        { "New rules apply to platforms including Taobao, Douyin and Pinduoduo.", "platforms", "Taobao|Douyin|Pinduoduo" },
        { "The museum displays works by artists like Monet, Renoir and Degas.", "artists", "Monet|Renoir|Degas" },
        { "The lab works on cutting-edge technologies such as quantum computing and gene editing.", "cutting-edge technologies", "quantum computing|gene editing" },

        // Bare coordinations of three or more noun phrases.
        { "Leaders from Germany, France and Brazil attended.", "", "Germany|France|Brazil" },
        { "Beijing, Shanghai and Shenzhen are the largest markets.", "", "Beijing|Shanghai|Shenzhen" },
        { "JD.com, Alibaba and Pinduoduo together hold most of the market.", "", "JD.com|Alibaba|Pinduoduo" },
        { "Rivals such as JD.com and Meituan cut prices.", "Rivals", "JD.com|Meituan" },
        { "The brand's range includes sedans, trucks, and electric vans.", "", "sedans|trucks|electric vans" },
        { "He spoke about the company's history, its current strategy and future plans for Europe.", "", "history|its current strategy|future plans for Europe" },
        { "The group's brands include Volvo, Polestar, Lotus and Zeekr.", "", "Volvo|Polestar|Lotus|Zeekr" },
        { "Prices of copper, nickel or zinc may rise.", "", "copper|nickel|zinc" },
        { "The talks covered trade, security, climate policy and technology.", "", "trade|security|climate policy|technology" },
        { "The new model offers better range, faster charging and lower prices.", "", "better range|faster charging|lower prices" },
        { "She praised the engineers, the designers and the factory workers.", "", "the engineers|the designers|the factory workers" },
        { "Tourists visited Kyoto, Nara, Osaka and Kobe last spring.", "", "Kyoto|Nara|Osaka|Kobe" },
        { "Demand for steel, cement and glass slowed.", "", "steel|cement|glass" },
        { "The ministry promised lower taxes, simpler rules and faster approvals.", "", "lower taxes|simpler rules|faster approvals" },
        { "Exports of wine, cheese and olive oil rose sharply last year.", "", "wine|cheese|olive oil" },
        { "Xiaoli Zhang, Mark Lee, and Anna Ruiz, who lead the unit, said so.", "", "Xiaoli Zhang|Mark Lee|Anna Ruiz" },
        { "She added: \"We are hiring physicists, software engineers and clinical specialists.\"", "", "physicists|software engineers|clinical specialists" },
        { "Firms asked for financial support, tax breaks and cheaper loans.", "", "financial support|tax breaks|cheaper loans" },

        { "Partners including Sungrow, Envision and the Shanghai Institute of Ceramics and Glass will test the cells.", "Partners", "Sungrow|Envision|Shanghai Institute of Ceramics and Glass" },
        { "The fair has five zones: food and drinks, cars, textiles, toys and medical devices.", "five zones", "food and drinks|cars|textiles|toys|medical devices" },
        { "Trials will run in Hunan, Gansu and Inner Mongolia from 2025 to 2027.", "", "Hunan|Gansu|Inner Mongolia" },
        { "Exports rose to Brazil, Chile as well as Peru.", "", "Brazil|Chile|Peru" },
        { "At the forum, Tsinghua University, Peking University and Baidu jointly launched an alliance.", "", "Tsinghua University|Peking University|Baidu" },
        { "It competes with Foodpanda, Lalamove and Shopee Food in other markets.", "", "Foodpanda|Lalamove|Shopee Food" },
        { "The work was funded by the Ministry of Science and Technology, Fudan University and Tencent Holdings.", "", "Ministry of Science and Technology|Fudan University|Tencent Holdings" },
        { "He said the city would offer land, talent and policy support.", "", "land|talent|policy support" },
        { "The firm plans to build roads, bridges and ports.", "", "roads|bridges|ports" },
        { "The fair included brands such as Lumexa, Vortana and Brightwell, as well as buyers from abroad.", "brands", "Lumexa|Vortana|Brightwell" },

        // One-word modifiers sharing a plural head; a last item that stands on its own.
        { "The group is investing in battery, solar and hydrogen projects across the region.", "projects", "battery|solar|hydrogen" },
        { "The store sells cars, phones and smart watches.", "", "cars|phones|smart watches" },

        // A capitalized plural noun opening the sentence before the first name is the head.
        { "Peers SK Hynix, Micron Technology and Kioxia Holdings expanded output.", "Peers", "SK Hynix|Micron Technology|Kioxia Holdings" },
        { "Rivals BYD, Geely and Chery cut prices.", "Rivals", "BYD|Geely|Chery" },
        { "Automakers Toyota, Honda and Nissan reported higher profits.", "Automakers", "Toyota|Honda|Nissan" },

        // An introductory "according to" or "thanks to" phrase is not an item; a possessive opens a clause like an article.
        { "According to analysts, prices, wages and rents will rise.", "", "prices|wages|rents" },
        { "Thanks to strong demand, Tesla, BYD and Volkswagen raised output.", "", "Tesla|BYD|Volkswagen" },
        { "Jakarta's plan covers energy, transport, and housing, officials said.", "", "energy|transport|housing" },
        { "Unlike Toyota, Honda, Nissan and Mazda cut their forecasts.", "", "Honda|Nissan|Mazda" },
        { "Apart from Tesla, Nio, Xpeng and Li Auto posted gains.", "", "Nio|Xpeng|Li Auto" },
        { "The Ministry of Science and Technology, the National Development and Reform Commission and the Ministry of Finance issued the rules.", "", "Ministry of Science and Technology|National Development and Reform Commission|Ministry of Finance" },
        // A phrase after the last of several short items is about them all.
        { "The plan raises the share of geothermal, wind and solar power in the national grid to 100 percent.", "", "geothermal|wind|solar power" },
        { "The retailer sells phones, laptops and smart watches in Europe and Asia.", "", "phones|laptops|smart watches" },
        { "The plant makes batteries, motors and power inverters for electric cars.", "", "batteries|motors|power inverters" },
        { "Rivals Tata Motors, Mahindra & Mahindra and Hyundai Motor dominate the market.", "Rivals", "Tata Motors|Mahindra & Mahindra|Hyundai Motor" },
        { "She submitted three proposals, focusing on vocational education, the protection of patents and support for small and medium-sized enterprises.", "three proposals", "vocational education|the protection of patents|support for small and medium-sized enterprises" },
        { "The survey polled firms covering retail, logistics and research and development.", "firms", "retail|logistics|research and development" },
        { "The economy grew 7% in 2024, driven by exports of electronics, textiles and seafood.", "", "electronics|textiles|seafood" },
        { "In Germany, France and Italy, demand was weak.", "", "Germany|France|Italy" },
    };

    /// <summary>Sentences without a list.</summary>
    public static TheoryData<string> Negative => new()
    {
        // A table row whose header cell is a number, or with one value, names nothing.
        { "| Year | Sales |\n|---|---|\n| 2024 | 184 |\n| Stores | 197 |\n" },
        { "| Unit | 2024 | 2025 |\n| Stores | 184 | 197 |\n" },
        { "It invests in cutting-edge technologies such as artificial intelligence." },
        { "It invests in technologies such as artificial intelligence, apply the latest results to products, and help consumers." },
        { "Sales rose in March and April." },
        { "The influence and competitiveness of local brands grew." },
        { "Mei Ling, founder, chairman and CEO of Harbor Logistics, spoke." },
        { "Profit rose, costs fell and margins widened." },
        { "The firm hired staff, opened stores and expanded abroad." },
        { "He said: \"We will grow.\"" },
        { "I like the new design." },
        { "Revenue was 5 billion yuan in 2021, 6 billion yuan in 2022 and 7 billion yuan in 2023." },
        { "The research and development budget will reach 30 billion yuan, and one-quarter of it will go to AI." },
        { "Consumers can enjoy the convenience and a better life brought by technology." },
        { "The company, which was founded in 2010, makes phones." },
        { "Results: strong." },
        { "Notes:\n- one bullet alone is no list\n\nThe plan was approved." },
        { "The plan has two parts - a new plant - and a buyback." },
        { "The plan lists measures such as trade-in subsidies for cars and home appliances." },
        { "The country will develop new industries, promote high-level opening up and ensure food and energy security." },
        { "The approach is simple, cheap and scalable." },

        { "The Ministry of Economy, Trade and Industry (METI) approved the plan." },
        { "During the two sessions, NPC deputy and chairman of Changan Automobile Zhu Huarong submitted a proposal." },
        { "Chen Yu, a doctoral student and the paper's first author, said the goal is a colder test." },
        { "Meanwhile, at the forum in Davos later this month, executives from BYD and CATL will discuss tariffs." },
        { "Harbor Freight Ltd, Southeast Asia's largest shipping and logistics company, turned a profit in 2024." },
        { "Amara Okafor, Nigeria's finance minister and a former banker, said the plan would work." },

        { "Minister of Industry, Trade and Energy Karl Haber said exports would recover." },
        { "Secretary for Housing, Planning and Lands Ada Kwok said rents rose." },
        { "The airline ordered engines from Rolls-Royce, a maker of aircraft engines, and plans to hire 800 pilots." },

        { "According to Zhou Hongyi, Qihoo's research and development spending rose 20 percent." },
        { "According to the Ministry of Commerce, exports and imports rose in March." },
        { "Thanks to Tata Steel, Posco's sales and marketing costs fell." },
        { "Besides BYD, Geely and Chery also cut prices." },
    };
}
