"""Paragraphs that press releases carry around their claims (company profile, quotes, safe harbour), per language.

The benchmark mixes them with the sample corpus so that its documents have the claim density of real releases
(a few claim sentences in several kilobytes), not the density of the test corpus (a claim in every sentence).
"""

from __future__ import annotations

ENGLISH = [
    "About the company: founded more than two decades ago, the company designs and builds servers, storage and "
    "networking systems for cloud providers, enterprises and research institutions in over 100 countries. Its "
    "engineering teams work closely with silicon partners to bring new accelerators to market quickly, and its "
    "factories in Asia, Europe and North America assemble and validate complete racks before they ship.",
    '"Customers tell us that predictable performance matters as much as peak performance," said the general '
    'manager of the data center business. "Benchmarks give them a common yardstick, and we publish our results so '
    'that anyone can reproduce them on the same hardware and software stack."',
    "The systems are available now through the company's global network of distribution partners and resellers. "
    "Pricing depends on configuration, support level and region; volume discounts apply to orders placed before the "
    "end of the quarter. A reference architecture guide and a sizing tool are available on the company's website.",
    "Forward-looking statements: this press release contains forward-looking statements that involve risks and "
    "uncertainties, including statements about product availability, performance and customer demand. Actual results "
    "may differ materially due to supply constraints, changes in technology, competitive pressures and other factors "
    "described in the company's filings. The company undertakes no obligation to update these statements.",
    "The benchmark suite is developed by an open engineering consortium whose members include hardware vendors, cloud "
    "operators, universities and startups. Its rules define the models, data sets, quality targets and scenarios, "
    "and every submission is reviewed by the other participants before the results are published.",
    "Media contact: the corporate communications office can be reached by e-mail or phone during business hours. "
    "Images, data sheets and a recorded briefing for analysts are available in the online press kit, along with the "
    "full list of tested configurations, firmware versions and software containers.",
]

CHINESE = [
    "关于公司：公司成立二十余年，专注于服务器、存储和网络产品的研发与制造，产品和服务覆盖全球一百多个国家和地区，"
    "服务于互联网、金融、电信、教育和科研等众多行业客户。公司在全国设有多个研发中心和智能制造基地，持续加大在人工智能、"
    "液冷和绿色数据中心等方向的投入，致力于为客户提供安全可靠、灵活高效的计算基础设施。",
    "公司相关负责人表示：\u201c客户在选择人工智能基础设施时，既关注峰值性能，也关注长期稳定运行的能力。我们将继续与生态伙伴"
    "紧密合作，推动软硬件协同优化，帮助客户更快地把大模型应用到实际业务场景中，释放数据的价值。\u201d",
    "据介绍，相关产品目前已在多个行业实现规模化部署，并支持风冷和液冷等多种散热方式。客户可以根据业务需求灵活选择处理器、"
    "加速卡、内存和存储配置，公司同时提供从方案设计、部署实施到运维管理的全生命周期服务。",
    "该基准测试由开放的工程联盟组织制定，成员包括芯片厂商、服务器厂商、云服务商、高校和科研机构。测试规则对模型、数据集、"
    "精度目标和测试场景都有严格规定，所有提交结果都需经过其他参与方的交叉审核后才会正式公布。",
    "业内专家指出，随着生成式人工智能的快速发展，算力需求持续攀升，如何在性能、能效和成本之间取得平衡，已经成为数据中心"
    "建设面临的核心问题。权威、公开、可复现的基准测试，为用户选型提供了重要参考。",
    "免责声明：本文内容仅供参考，不构成任何投资建议。文中涉及的产品性能数据来源于公开测试结果，实际使用效果可能因配置、"
    "软件版本和使用环境不同而存在差异。",
]
