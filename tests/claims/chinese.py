"""Chinese rows (Simplified, Traditional, full-width forms): text -> the exact claims it holds; NEGATIVE rows hold none."""
from __future__ import annotations

from typing import Any

from tests.conftest import row

TABLE: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "9月9日，MLPerf公布最新推理（Inference V２．１）测试成绩，宁畅共斩获１３项第一。",
        [row("ranking", "１３项第一", subject="Nettrix", rank=1, count=13, suite="inference", version="2.1")],
    ),
    (
        "在本轮测试中，戴尔、高通、英伟达分别获得8项、5项和4项冠军。",
        [row("ranking", "戴尔、高通、英伟达分别获得8项、5项和4项冠军", subject=s, rank=1, count=n)
         for s, n in (("Dell", 8), ("Qualcomm", 5), ("NVIDIA", 4))],
    ),
    (
        "英特尔、谷歌分别提交了11项和8项成绩。",
        [row("participation", "英特尔、谷歌分别提交了11项和8项成绩", subject=s, count=n, unit="results")
         for s, n in (("Intel", 11), ("Google", 8))],
    ),
    (
        "在边缘赛道中，新华三R4900 G6获得5项第一。这也是新华三连续第三次在MLPerf推理测试中夺得冠军。",
        [row("ranking", "5项第一", suite="inference", subject="H3C", system="R4900 G6", rank=1, count=5, category="edge"),
         row("ranking", "连续第三次在MLPerf推理测试中夺得冠军", subject="H3C", rank=1, count=3, unit="rounds", suite="inference",
             category="edge")],
    ),
    (
        "在MLPerf Training 4.0中，英伟达H200刷新全部9项基准测试纪录。",
        [row("ranking", "全部9项基准测试纪录", system="H200", subject="NVIDIA", rank=1, count=9, total=9, suite="training", version="4.0")],
    ),
    (
        "据MLCommons公布，浪潮信息在本次MLPerf训练v2.0的8个单项中获得了4项冠军。",
        [row("ranking", "8个单项中获得了4项冠军", subject="Inspur", rank=1, count=4, total=8, suite="training", version="2.0")],
    ),
    (
        "英特尔是唯一提交CPU结果的厂商，共提交了22项结果。",
        [row("participation", "提交了22项结果", subject="Intel", count=22, unit="results")],
    ),
    (
        "本轮MLPerf推理v4.0共收到来自23家机构的8,500多项结果。",
        [row("participation", "共收到来自23家机构", count=23, unit="submitters", suite="inference", version="4.0"),
         row("participation", "23家机构的8,500多项结果", count=8500, qualifier="over", unit="results", suite="inference", version="4.0")],
    ),
    (
        "在MLPerf Training v3.0的8项测试中，英伟达H100全部夺冠。",
        [row("ranking", "8项测试中，英伟达H100全部夺冠", system="H100", subject="NVIDIA", rank=1, count=8, total=8, suite="training", version="3.0")],
    ),
    (
        "輝達H100在全部8項訓練測試中皆創下紀錄。",
        [row("ranking", "全部8項訓練測試中皆創下紀錄", system="H100", subject="NVIDIA", rank=1, count=8, total=8, suite="training")],
    ),
    (
        "浪潮和英伟达包揽15个冠军。",
        [row("ranking", "浪潮和英伟达包揽15个冠军", subject="Inspur & NVIDIA", rank=1, count=15)],
    ),
    (
        "華碩在MLPerf推論測試中共獲得十三項冠軍。",
        [row("ranking", "十三項冠軍", subject="ASUS", rank=1, count=13, suite="inference")],
    ),
    (
        "浪潮在数据中心30项测试中获得15项第一。",
        [row("ranking", "30项测试中获得15项第一", subject="Inspur", rank=1, count=15, total=30, category="datacenter")],
    ),
    (
        "在离线场景下，联想服务器每秒可处理12.5万张图片。",
        [row("score", "每秒可处理12.5万张图片", suite="inference", subject="Lenovo", scenario="offline", value=125000.0, unit="samples/s",
             metric="throughput")],
    ),
    (
        "宁畅已连续6次参加MLPerf测试。",
        [row("participation", "连续6次参加", subject="Nettrix", count=6, unit="rounds")],
    ),
    (
        "墨芯首次参加MLPerf推理测试。",
        [row("participation", "首次参加", subject="Moffett AI", count=1, unit="rounds", suite="inference")],
    ),
    (
        "本轮共有23家厂商提交了超过8500项性能结果。",
        [row("participation", "23家厂商提交了", count=23, unit="submitters"),
         row("participation", "提交了超过8500项性能结果", count=8500, qualifier="over", unit="results")],
    ),
    (
        "MLPerf推理V3.0成绩公布。自2020年至今，宁畅共斩获百余项第一成绩。",
        [row("ranking", "百余项第一", subject="Nettrix", rank=1, count=100, qualifier="over")],
    ),
    (
        "在线模式下，该服务器获得DLRM在99％和99．9％精度要求下的2项测试第一。",
        [row("ranking", "2项测试第一", rank=1, count=2, model="dlrm", accuracy=[99.0, 99.9], scenario="server")],
    ),
    (
        "宁畅X640 G40服务器也获得了优异成绩。在数据中心固定任务赛道中，该服务器搭配NVIDIA GPU，获得ResNet模型测试成绩全场第一。",
        [row("ranking", "ResNet模型测试成绩全场第一", subject="Nettrix", system="X640 G40", rank=1, model="resnet50",
             division="closed", category="datacenter")],
    ),
    (
        "英伟达连续三次夺冠。",
        [row("ranking", "连续三次夺冠", subject="NVIDIA", rank=1, count=3, unit="rounds")],
    ),
    (
        "离线分数679915，意味着每秒可完成679915个图片样本处理。",
        [row("score", "离线分数679915", suite="inference", scenario="offline", value=679915.0, unit="samples/s", metric="throughput")],
    ),
    (
        "在MLPerf训练V2.0中，谷歌训练BERT仅用时0.25分钟。",
        [row("score", "训练BERT仅用时0.25分钟", subject="Google", suite="training", version="2.0", model="bert", value=0.25,
             unit="minutes", metric="time_to_train")],
    ),
]

TABLE += [
    ("浪潮資訊在MLPerf推論基準測試中獲得18項第一。", [row("ranking", "18項第一", subject="Inspur", rank=1, count=18, suite="inference")]),
    (
        "在全部30项测试中，浪潮拿下25项第一。",
        [row("ranking", "30项测试中，浪潮拿下25项第一", subject="Inspur", rank=1, count=25, total=30)],
    ),
    ("在吞吐量方面，该系统达到5.2万QPS。", [row("score", "5.2万QPS", value=52000.0, unit="queries/s", metric="throughput")]),
    (
        "新华三在本次MLPerf推理测试中，获得了11项第一，4项第二。",
        [row("ranking", "11项第一", subject="H3C", rank=1, count=11, suite="inference"),
         row("ranking", "4项第二", subject="H3C", rank=2, count=4, suite="inference")],
    ),
    ("浪潮信息刷新了12项世界纪录。", [row("ranking", "12项世界纪录", subject="Inspur", rank=1, count=12)]),
    ("浪潮信息排名第一的测试达到18项。", [row("ranking", "排名第一的测试达到18项", subject="Inspur", rank=1, count=18)]),
]

TABLE += [
    # 名列前茅 ("among the top") is a top rank, as "top results" is: the count is of the results that rank so, not of the submitted
    (
        "華碩在本次MLPerf訓練v4.0測試中，共有5項成績名列前茅。",
        [row("ranking", "5項成績名列前茅", subject="ASUS", rank=1, count=5, suite="training", version="4.0")],
    ),
    # the round a sentence names outranks the workload it describes ("训练负载" in MLPerf Storage)
    (
        "在MLPerf Storage v1.0中，浪潮信息在3D-UNet训练负载测试中获得2项第一。",
        [row("ranking", "2项第一", subject="Inspur", rank=1, count=2, suite="storage", version="1.0", model="3d-unet")],
    ),
]

TABLE += [
    ("在全部8项测试中，技嘉均获第一。", [row("ranking", "全部8项测试中，技嘉均获第一", subject="GIGABYTE", rank=1, count=8, total=8)]),
    (
        "本轮测试共收到来自23家机构的8500多项成绩。",
        [row("participation", "共收到来自23家机构", count=23, unit="submitters"),
         row("participation", "23家机构的8500多项成绩", count=8500, qualifier="over", unit="results")],
    ),
    (
        "以每秒679915个样本的成绩，获得ResNet50离线场景第一。",
        [row("score", "每秒679915个样本", model="resnet50", scenario="offline", value=679915.0, unit="samples/s", metric="throughput"),
         row("ranking", "获得ResNet50离线场景第一", rank=1, model="resnet50", scenario="offline")],
    ),
    ("宁畅获得了8个单项第一。", [row("ranking", "8个单项第一", subject="Nettrix", rank=1, count=8)]),
    ("浪潮在BERT模型上排名第一。", [row("ranking", "BERT模型上排名第一", subject="Inspur", rank=1, model="bert")]),
]

TABLE += [
    (
        "每秒处理图片数量达到679915张。",
        [row("score", "每秒处理图片数量达到679915张", value=679915.0, unit="samples/s", metric="throughput")],
    ),
]

TABLE += [
    (
        "浪潮信息在数据中心和边缘两大赛道中共获得了25项冠军，其中数据中心赛道获得13项，边缘赛道获得12项。",
        [row("ranking", "25项冠军", subject="Inspur", rank=1, count=25),
         row("ranking", "获得13项", subject="Inspur", rank=1, count=13, category="datacenter"),
         row("ranking", "获得12项", subject="Inspur", rank=1, count=12, category="edge")],
    ),
    (
        "在BERT模型测试中，浪潮NF5468M6服务器位列第一。",
        [row("ranking", "位列第一", subject="Inspur", system="NF5468M6", rank=1, model="bert")],
    ),
]

TABLE += [
    (
        "技鋼G593-SD0伺服器搭載8顆NVIDIA H100 GPU，在BERT模型訓練測試中僅需5.4分鐘即完成訓練。",
        [row("score", "BERT模型訓練測試中僅需5.4分鐘", subject="GIGABYTE", system="G593-SD0", suite="training", model="bert", value=5.4, unit="minutes", metric="time_to_train")],
    ),
]

TABLE += [
    ("浪潮的冠军数量达到了13个，位居榜首。", [row("ranking", "冠军数量达到了13个", subject="Inspur", rank=1, count=13)]),
    ("在总计37项任务中，浪潮信息拿下了其中的18项冠军，占比近一半。",
     [row("ranking", "37项任务中，浪潮信息拿下了其中的18项冠军", subject="Inspur", rank=1, count=18, total=37)]),
    ("至此，浪潮信息在MLPerf中累计获得的冠军数已超过120项。",
     [row("ranking", "冠军数已超过120项", subject="Inspur", rank=1, count=120, qualifier="over")]),
]

TABLE += [
    (
        "联想凭借ThinkSystem SR670 V2服务器获得10项世界第一。",
        [row("ranking", "10项世界第一", subject="Lenovo", system="ThinkSystem SR670 V2", rank=1, count=10)],
    ),
    (
        "戴尔PowerEdge XE9680服务器在6项测试中名列第一。",
        [row("ranking", "6项测试中名列第一", subject="Dell", system="PowerEdge XE9680", rank=1, count=6)],
    ),
    ("超聚变FusionServer在ResNet离线场景下性能第一。", [row("ranking", "ResNet离线场景下性能第一", subject="xFusion", rank=1, model="resnet50", scenario="offline")]),
    (
        "阿里云在图像分类任务中以每秒12.4万张的成绩夺冠。",
        [row("ranking", "以每秒12.4万张的成绩夺冠", subject="Alibaba", rank=1, model="resnet50"),
         row("score", "每秒12.4万张", subject="Alibaba", model="resnet50", value=124000.0, unit="samples/s", metric="throughput")],
    ),
    (
        "该服务器在BERT模型推理中达到每秒5,400次查询。",
        [row("score", "每秒5,400次查询", suite="inference", model="bert", value=5400.0, unit="queries/s", metric="throughput")],
    ),
]

TABLE += [
    ("离线分数６７９，９１５。", [row("score", "离线分数６７９，９１５", suite="inference", scenario="offline", value=679915.0, unit="samples/s", metric="throughput")]),
    ("浪潮共获得5个TOP1。", [row("ranking", "5个TOP1", subject="Inspur", rank=1, count=5)]),
    ("在MLPerf Training v4.0榜单中，浪潮信息在8项基准测试中取得5项第一。",
     [row("ranking", "8项基准测试中取得5项第一", subject="Inspur", rank=1, count=5, total=8, suite="training", version="4.0")]),
    ("在本次测试的数据中心和边缘赛道中，浪潮分别获得了13项和10项冠军。",
     [row("ranking", "13项和10项冠军", subject="Inspur", rank=1, count=13, category="datacenter"),
      row("ranking", "13项和10项冠军", subject="Inspur", rank=1, count=10, category="edge")]),
    ("在封闭和开放分区中，宁畅分别获得9项和3项第一。",
     [row("ranking", "9项和3项第一", subject="Nettrix", rank=1, count=9, division="closed"),
      row("ranking", "9项和3项第一", subject="Nettrix", rank=1, count=3, division="open")]),
    ("相较于英伟达H100，浪潮NF5688M7在BERT上达到每秒12,000个样本。",
     [row("score", "每秒12,000个样本", subject="Inspur", system="NF5688M7", model="bert", value=12000.0, unit="samples/s",
          metric="throughput")]),
    ("鴻海旗下伺服器以NVIDIA H100 GPU為基礎，於ResNet-50離線情境達到每秒75萬張影像的處理量。",
     [row("score", "每秒75萬張", system="H100", subject="Foxconn", model="resnet50", scenario="offline", value=750000.0, unit="samples/s",
          metric="throughput")]),
    ("MLPerf Inference v3.1共有超過13,500筆效能結果，來自26家機構。",
     [row("participation", "共有超過13,500筆效能結果", count=13500, qualifier="over", unit="results", suite="inference", version="3.1"),
      row("participation", "來自26家機構", count=26, unit="submitters", suite="inference", version="3.1")]),
    ("在BERT-99.9服务器场景中，该系统每秒可处理12,345次查询。",
     [row("score", "每秒可处理12,345次查询", model="bert", accuracy=[99.9], scenario="server", value=12345.0, unit="queries/s",
          metric="throughput")]),
    ("能效达到每瓦每秒1,200个样本。", [row("score", "每瓦每秒1,200个样本", value=1200.0, unit="samples/J", metric="energy")]),
    ("在边缘推理赛道，Qualcomm Cloud AI 100 以每瓦特每秒处理3,000张图片的能效夺冠。",
     [row("score", "每瓦特每秒处理3,000张图片", system="Cloud AI 100", subject="Qualcomm", suite="inference", category="edge", value=3000.0, unit="samples/J",
          metric="energy")]),
    ("在MLPerf Training 4.0中，英伟达凭借11616颗H100 GPU，仅用3.4分钟便完成了GPT-3 175B模型训练。",
     [row("score", "3.4分钟便完成了GPT-3 175B模型训练", system="H100", subject="NVIDIA", suite="training", version="4.0", model="gpt3", value=3.4,
          unit="minutes", metric="time_to_train")]),
    ("本轮共有23家企业参与，提交结果数量超过8500个。",
     [row("participation", "23家企业参与", count=23, unit="submitters"),
      row("participation", "结果数量超过8500个", count=8500, qualifier="over", unit="results")]),
    ("MLPerf Inference 3.1共吸引了全球26家企业参与，提交的性能结果超过13,500项。",
     [row("participation", "吸引了全球26家企业", count=26, unit="submitters", suite="inference", version="3.1"),
      row("participation", "性能结果超过13,500项", count=13500, qualifier="over", unit="results", suite="inference", version="3.1")]),
    ("浪潮提交的成绩达到120项。", [row("participation", "成绩达到120项", subject="Inspur", count=120, unit="results")]),
    ("测试结果中5项位列第一。", [row("ranking", "5项位列第一", rank=1, count=5)]),  # a ranking's count is no count of results
    ("浪潮信息获得16项冠军，其中数据中心8项，边缘8项。",
     [row("ranking", "16项冠军", subject="Inspur", rank=1, count=16),
      row("ranking", "数据中心8项", subject="Inspur", rank=1, count=8, category="datacenter"),
      row("ranking", "边缘8项", subject="Inspur", rank=1, count=8, category="edge")]),
    ("新华三共获得19项世界第一，其中数据中心赛道11项、边缘赛道8项。",
     [row("ranking", "19项世界第一", subject="H3C", rank=1, count=19),
      row("ranking", "数据中心赛道11项", subject="H3C", rank=1, count=11, category="datacenter"),
      row("ranking", "边缘赛道8项", subject="H3C", rank=1, count=8, category="edge")]),
    ("超聚变FusionServer G5500 V7在ResNet、BERT、RetinaNet等多个模型上均取得第一。",
     [row("ranking", "ResNet、BERT、RetinaNet等多个模型上均取得第一", subject="xFusion", system="FusionServer G5500 V7", rank=1, model=model)
      for model in ("resnet50", "bert", "retinanet")]),
    ("宁畅共获得20项第一，其中封闭分区12项，开放分区8项。",
     [row("ranking", "20项第一", subject="Nettrix", rank=1, count=20),
      row("ranking", "封闭分区12项", subject="Nettrix", rank=1, count=12, division="closed"),
      row("ranking", "开放分区8项", subject="Nettrix", rank=1, count=8, division="open")]),
    ("浪潮共获16项冠军，在数据中心8项测试中获得5项第一。",
     [row("ranking", "16项冠军", subject="Inspur", rank=1, count=16),
      row("ranking", "8项测试中获得5项第一", subject="Inspur", rank=1, count=5, total=8, category="datacenter")]),
    ("新华三、浪潮和宁畅均为第四次参加MLPerf测试。",
     [row("participation", "新华三、浪潮和宁畅均为第四次参加", subject=subject, count=4, unit="rounds") for subject in ("H3C", "Inspur", "Nettrix")]),
    ("神雲科技的伺服器在ResNet-50單一串流情境的延遲為0.28毫秒，排名第一。",
     [row("score", "延遲為0.28毫秒", subject="MiTAC", model="resnet50", scenario="single_stream", value=0.28, unit="ms", metric="latency"),
      row("ranking", "排名第一", subject="MiTAC", rank=1, model="resnet50", scenario="single_stream")]),
    ("和碩在MLPerf訓練v3.1中首次參賽。",
     [row("participation", "首次參賽", subject="Pegatron", count=1, unit="rounds", suite="training", version="3.1")]),
    ("这已是英伟达连续第三次横扫MLPerf训练榜单。",
     [row("ranking", "连续第三次横扫", subject="NVIDIA", rank=1, count=3, unit="rounds", suite="training")]),
    ("華碩ESC N8-E11伺服器在MLPerf Inference v4.0中拿下11項第一。",
     [row("ranking", "11項第一", subject="ASUS", system="ESC N8-E11", rank=1, count=11, suite="inference", version="4.0")]),
]

TABLE += [
    (
        "在MLPerf Training v3.0中，英伟达H100在全部8项测试中均创造了新纪录。",
        [row("ranking", "全部8项测试中均创造了新纪录", system="H100", subject="NVIDIA", rank=1, count=8, total=8, suite="training", version="3.0")],
    ),
    (
        "宁畅X660 G45 LP在DLRM-99.9在线场景下取得第一名，性能达到每秒342,000次查询。",
        [row("ranking", "DLRM-99.9在线场景下取得第一名", subject="Nettrix", system="X660 G45 LP", rank=1, model="dlrm", accuracy=[99.9],
             scenario="server"),
         row("score", "每秒342,000次查询", subject="Nettrix", system="X660 G45 LP", model="dlrm", accuracy=[99.9], scenario="server",
             value=342000.0, unit="queries/s", metric="throughput")],
    ),
]

TABLE += [
    ("这是浪潮信息第8次参加MLPerf测试。", [row("participation", "第8次参加", subject="Inspur", count=8, unit="rounds")]),
]

TABLE += [
    ("浪潮在多个模型测试中排名第一，共计8项。", [row("ranking", "第一，共计8项", subject="Inspur", rank=1, count=8)]),
    ("联想在8个测试项目上取得了最好成绩。", [row("ranking", "8个测试项目上取得了最好成绩", subject="Lenovo", rank=1, count=8)]),
]

TABLE += [
    ("训练ResNet仅需28秒。", [row("score", "训练ResNet仅需28秒", suite="training", model="resnet50", value=28.0, unit="seconds", metric="time_to_train")]),
]

TABLE += [
    ("宁畅在6项测试中拔得头筹。", [row("ranking", "6项测试中拔得头筹", subject="Nettrix", rank=1, count=6)]),
]

TABLE += [
    (
        "浪潮在ResNet、BERT和DLRM测试中均排名第一。",
        [row("ranking", "ResNet、BERT和DLRM测试中均排名第一", subject="Inspur", rank=1, model=m) for m in ("resnet50", "bert", "dlrm")],
    ),
]

TABLE += [
    # the number after 每秒 is the score's value, not how many tasks were won
    ("高通以每秒1200个样本的成绩排名第一。",
     [row("score", "每秒1200个样本", subject="Qualcomm", value=1200.0, unit="samples/s", metric="throughput")]),
    # two benchmarks counted together: no single model
    ("浪潮信息在ResNet50、RetinaNet两项测试中取得最佳成绩。",
     [row("ranking", "两项测试中取得最佳成绩", subject="Inspur", rank=1, count=2)]),
    # "N of the M firsts": M is the total, not a count won
    ("在MLPerf Inference 3.0中，浪潮信息获得了全部25项冠军中的13项。",
     [row("ranking", "25项冠军中的13项", subject="Inspur", rank=1, count=13, total=25, suite="inference", version="3.0")]),
    ("在固定任务的25项冠军中，浪潮信息独揽13项。",
     [row("ranking", "25项冠军中，浪潮信息独揽13项", subject="Inspur", rank=1, count=13, total=25, division="closed")]),
    ("浪潮信息在16个测试项目中拿下了其中的10项冠军。",
     [row("ranking", "16个测试项目中拿下了其中的10项冠军", subject="Inspur", rank=1, count=10, total=16)]),
    ("新华三、浪潮和宁畅第四次参加MLPerf。",
     [row("participation", "新华三、浪潮和宁畅第四次参加", subject=s, count=4, unit="rounds") for s in ("H3C", "Inspur", "Nettrix")]),
    ("戴尔、慧与和联想分别提交了30、25和20项结果。",
     [row("participation", "戴尔、慧与和联想分别提交了30、25和20项结果", subject=s, count=n, unit="results")
      for s, n in (("Dell", 30), ("HPE", 25), ("Lenovo", 20))]),
    ("凭借13项第一，宁畅在数据中心赛道位居榜首。", [row("ranking", "13项第一", subject="Nettrix", rank=1, count=13, category="datacenter")]),
    ("沐曦首次参加MLPerf测试。", [row("participation", "首次参加", subject="MetaX", count=1, unit="rounds")]),
    # scores paired with benchmarks one by one
    ("宁畅在BERT、DLRM和RetinaNet三个模型的训练中分别用时5.4分钟、3.8分钟和28.1分钟。",
     [row("score", "训练中分别用时5.4分钟、3.8分钟和28.1分钟", subject="Nettrix", suite="training", model=m, value=v, unit="minutes",
          metric="time_to_train") for m, v in (("bert", 5.4), ("dlrm", 3.8), ("retinanet", 28.1))]),
    ("新华三R5300 G6和R5500 G6服务器分别获得5项和3项第一。",
     [row("ranking", "5项和3项第一", subject="H3C", system=m, rank=1, count=n) for m, n in (("R5300 G6", 5), ("R5500 G6", 3))]),
    ("宁畅在本次测试中获得了7项第一，其中3项为边缘类别。",
     [row("ranking", "7项第一", subject="Nettrix", rank=1, count=7),
      row("ranking", "其中3项为边缘", subject="Nettrix", rank=1, count=3, category="edge")]),
    ("浪潮在推理测试中共获得16项冠军，包括封闭分区的11项。",
     [row("ranking", "16项冠军", subject="Inspur", rank=1, count=16, suite="inference"),
      row("ranking", "包括封闭分区的11项", subject="Inspur", rank=1, count=11, suite="inference", division="closed")]),
    ("宁畅实现MLPerf推理“三连冠”。", [row("ranking", "三连冠", subject="Nettrix", rank=1, count=3, unit="rounds", suite="inference")]),
    ("浪潮連續奪冠，實現4連霸。", [row("ranking", "4連霸", subject="Inspur", rank=1, count=4, unit="rounds")]),
    ("技嘉G593-SD0伺服器在GPT-J推論測試中奪下效能冠軍。",
     [row("ranking", "GPT-J推論測試中奪下效能冠軍", subject="GIGABYTE", system="G593-SD0", rank=1, suite="inference", model="gpt-j")]),
    ("緯穎科技在本次MLPerf訓練測試中共提交了6組系統。",
     [row("participation", "提交了6組系統", subject="Wiwynn", count=6, unit="systems", suite="training")]),
    # a scenario's score said after another's, the score word not repeated
    ("R5300 G6在BERT离线场景中的成绩为11,876，在服务器场景中为10,012。",
     [row("score", "成绩为11,876", system="R5300 G6", model="bert", scenario="offline", value=11876.0, unit="samples/s", metric="throughput"),
      row("score", "服务器场景中为10,012", system="R5300 G6", model="bert", scenario="server", value=10012.0, unit="queries/s",
          metric="throughput")]),
    ("其离线场景性能为3倍。", []),  # a ratio is no score
    ("緯穎科技首度參與MLPerf測試，即以6組系統提交結果。",
     [row("participation", "首度參與", subject="Wiwynn", count=1, unit="rounds"),
      row("participation", "以6組系統提交", subject="Wiwynn", count=6, unit="systems")]),
    ("英業達以每秒13,500次查詢的成績，在BERT-99伺服器情境中名列第一。",
     [row("score", "每秒13,500次查詢", subject="Inventec", model="bert", accuracy=[99.0], scenario="server", value=13500.0, unit="queries/s",
          metric="throughput"),
      row("ranking", "BERT-99伺服器情境中名列第一", subject="Inventec", rank=1, model="bert", accuracy=[99.0], scenario="server")]),
    ("宁畅在边缘推理赛道中共获得７项第一，其中单流场景４项，多流场景３项。",
     [row("ranking", "７项第一", subject="Nettrix", rank=1, count=7, suite="inference", category="edge"),
      row("ranking", "单流场景４项", subject="Nettrix", rank=1, count=4, suite="inference", category="edge", scenario="single_stream"),
      row("ranking", "多流场景３项", subject="Nettrix", rank=1, count=3, suite="inference", category="edge", scenario="multi_stream")]),
]

TABLE += [
    ("截至目前，浪潮信息已累计获得MLPerf冠军超过100项。",
     [row("ranking", "获得MLPerf冠军超过100项", subject="Inspur", rank=1, count=100, qualifier="over")]),
    ("浪潮信息获得冠军13项。", [row("ranking", "获得冠军13项", subject="Inspur", rank=1, count=13)]),
    ("百度飞桨在MLPerf Training v2.0的BERT模型训练中，用时仅19.6分钟，位列第一。",
     [row("score", "BERT模型训练中，用时仅19.6分钟", subject="Baidu", suite="training", version="2.0", model="bert", value=19.6, unit="minutes",
          metric="time_to_train"),
      row("ranking", "位列第一", subject="Baidu", rank=1, suite="training", version="2.0", model="bert")]),
    ("整个部署过程用时不到10分钟。", []),  # a time taken is a training time only after a training
    ("他获得冠军3次。", []),  # times, not tasks
    # a version compared with, or where a run of rounds starts, is no round: the claims keep the document's
    ("MLPerf推理V4.0结果公布。与V3.1相比，浪潮的性能提升了30%。浪潮获得8项冠军。",
     [row("ranking", "8项冠军", subject="Inspur", rank=1, count=8, suite="inference", version="4.0")]),
    ("MLPerf推理V4.0结果公布。浪潮信息自V0.5以来累计获得超过100项冠军。本轮浪潮获得8项冠军。",
     [row("ranking", "超过100项冠军", subject="Inspur", rank=1, count=100, qualifier="over"),
      row("ranking", "8项冠军", subject="Inspur", rank=1, count=8, suite="inference", version="4.0")]),
    # a claim over several rounds takes nothing from its section either
    ("MLPerf推理V4.1结果公布。\n\n## 边缘\n\n在边缘封闭赛道中，宁畅获得4项第一。\n\n宁畅已连续5年参加MLPerf测试，累计获得百余项冠军。",
     [row("ranking", "4项第一", subject="Nettrix", rank=1, count=4, suite="inference", version="4.1", division="closed", category="edge"),
      row("ranking", "百余项冠军", subject="Nettrix", rank=1, count=100, qualifier="over")]),
    ("本次测试结果来自MLPerf推理V4.0。浪潮获得8项冠军。",  # the round the results come from
     [row("ranking", "8项冠军", subject="Inspur", rank=1, count=8, suite="inference", version="4.0")]),
    # a product's version is no round: the claim keeps the round its sentence names
    ("緯穎在MLPerf推論3.1中，以Yosemite V3.5平台在DLRM-v2 99.9%精度下取得最佳成績。",
     [row("ranking", "DLRM-v2 99.9%精度下取得最佳成績", subject="Wiwynn", rank=1, suite="inference", version="3.1", model="dlrm", accuracy=[99.9])]),
    ("新华三R5300 G6服务器在RetinaNet任务上性能领先第二名23%。", []),  # a lead over the second place, no second place
    # a double first (双料冠军) is two
    ("在BERT-99.9高精度模型测试中，该系统获得服务器场景和离线场景双料冠军。",
     [row("ranking", "双料冠军", suite="inference", rank=1, count=2, model="bert", accuracy=[99.9])]),
    ("浪潮信息NF5468M6在ResNet50测试中获得雙料冠軍。",
     [row("ranking", "ResNet50测试中获得雙料冠軍", subject="Inspur", system="NF5468M6", rank=1, count=2, model="resnet50")]),
    ("中兴通讯首次参加MLPerf推理测试便获得5项第一。",
     [row("participation", "首次参加", subject="ZTE", count=1, unit="rounds", suite="inference"),
      row("ranking", "5项第一", subject="ZTE", rank=1, count=5, suite="inference")]),
    ("墨芯S30计算卡在ResNet-50模型上的算力达到95784 FPS，位列第一。",
     [row("score", "95784 FPS", system="S30", subject="Moffett AI", model="resnet50", value=95784.0, unit="samples/s", metric="throughput"),
      row("ranking", "位列第一", system="S30", subject="Moffett AI", rank=1, model="resnet50")]),
    ("Gaudi2在GPT-J测试中获得第一。", [row("ranking", "GPT-J测试中获得第一", subject="Intel", system="Gaudi2", rank=1, model="gpt-j")]),
    ("富岳在CosmoFlow测试中获得第一。", [row("ranking", "CosmoFlow测试中获得第一", suite="hpc", subject="Fujitsu", system="Fugaku", rank=1, model="cosmoflow")]),
    ("MLPerf Storage v1.0结果公布。在AI训练负载中，焱融提交了6个结果。",
     [row("participation", "提交了6个结果", subject="YanRong", count=6, suite="storage", version="1.0", unit="results")]),
    ("在MLPerf训练v4.0中，戴尔用25分钟完成了Llama 2 70B训练。",
     [row("score", "25分钟完成了Llama 2 70B训练", subject="Dell", suite="training", version="4.0", model="llama2-70b-lora", value=25.0,
          unit="minutes", metric="time_to_train")]),
    ("本轮测试一共吸引了全球13家领先存储厂商参与。",
     [row("participation", "吸引了全球13家领先存储厂商", count=13, suite="storage", unit="submitters")]),
    ("浪潮NF5488A5与宁畅X640 G40均参与测试。宁畅获得5项第一。",
     [row("ranking", "5项第一", subject="Nettrix", system="X640 G40", rank=1, count=5)]),
    # a sweep wins every test it names; a time taken to train a named model; the system a sentence names
    ("英伟达H200横扫9项测试。", [row("ranking", "横扫9项测试", subject="NVIDIA", system="H200", rank=1, count=9, total=9)]),
    ("在MLPerf训练测试中，H100仅用5秒训完ResNet-50。",
     [row("score", "5秒训完ResNet-50", subject="NVIDIA", system="H100", suite="training", model="resnet50", value=5.0, unit="seconds",
          metric="time_to_train")]),
    ("在MLPerf训练测试中，刷新各项记录的，是由3584块H100组成的超大集群。",
     [row("ranking", "刷新各项记录", subject="NVIDIA", system="H100", rank=1, suite="training")]),
    ("Blackwell執行Llama 3.1 8B的效能達每秒15,384字詞。",
     [row("score", "每秒15,384字詞", subject="NVIDIA", system="Blackwell", model="llama3.1-8b", value=15384.0, unit="tokens/s",
          metric="throughput")]),
    # the rivals a claim is measured against are not its subject
    ("在与谷歌、AMD的较量中，英伟达刷新了多项测试纪录。", [row("ranking", "刷新了多项测试纪录", subject="NVIDIA", rank=1)]),
    ("AMD的MI355X在这场与英伟达、英特尔等对手的较量中，拿下了多项第一。",
     [row("ranking", "拿下了多项第一", subject="AMD", system="MI355X", rank=1)]),
    ("浪潮同戴尔、联想的竞争中，拿下了多项第一。", [row("ranking", "拿下了多项第一", subject="Inspur", rank=1)]),
    ("在與英特爾的對決中，AMD刷新了多項測試紀錄。", [row("ranking", "刷新了多項測試紀錄", subject="AMD", rank=1)]),
    ("戴尔与英伟达合作，拿下了多项第一。", [row("ranking", "戴尔与英伟达合作，拿下了多项第一", subject="Dell & NVIDIA", rank=1)]),
    ("在MLPerf Storage v1.0中，焱融在3D-Unet、ResNet50和CosmoFlow三种模型的评估中表现出色。",
     [row("participation", "三种模型的评估中", subject="YanRong", count=3, suite="storage", version="1.0", unit="benchmarks")]),
    ("AMD首度以CDNA 4架构的MI350系列参与训练测试。",
     [row("participation", "首度以CDNA 4架构的MI350系列参与", subject="AMD", system="MI350", count=1, suite="training", unit="rounds")]),
    ("在MLPerf训练中，谷歌的训练时间皆在30秒之内。",  # a qualifier after the unit
     [row("score", "训练时间皆在30秒", subject="Google", suite="training", qualifier="under", value=30.0, unit="seconds", metric="time_to_train")]),
    ("在MLPerf训练v3.0中，512个NVIDIAH100加速器需要64.3分钟。",  # an organisation run into its product
     [row("score", "需要64.3分钟", subject="NVIDIA", system="H100", suite="training", version="3.0", value=64.3, unit="minutes",
          metric="time_to_train")]),
    # a record restated in the sentence that counts it; parts of a platform are no subject
    ("英伟达横扫八项测试，全部创下新纪录。",
     [row("ranking", "横扫八项测试", subject="NVIDIA", rank=1, count=8, total=8)]),
    ("在MLPerf训练测试中，NVIDIA平台由896个Intel至强处理器和3584个H100加速卡组成，是唯一跑完所有测试的平台。",
     [row("participation", "跑完所有测试", subject="NVIDIA", system="H100", suite="training", unit="benchmarks")]),
    ("这轮测试中英伟达还刷新了单节点加速记录。", [row("ranking", "刷新了单节点加速记录", subject="NVIDIA", rank=1)]),
    # a Chinese sentence full of product names is still Chinese
    ("NVIDIA H200 Tensor Core GPU 和 NVIDIA TensorRT-LLM 创下 MLPerf LLM 最新推理记录。",
     [row("ranking", "创下 MLPerf LLM 最新推理记录", subject="NVIDIA", system="H200", rank=1, suite="inference")]),
    # a round's size and a company's results said with 份 and 拥有; every test taken part in
    ("截至目前，800份提交的成绩涵盖了40种不同的测试。", [row("participation", "800份提交的成绩", count=800, unit="results")]),
    ("浪潮已经拥有超过200项的MLPerf性能测试结果。",
     [row("participation", "拥有超过200项的MLPerf性能测试结果", subject="Inspur", count=200, qualifier="over", unit="results")]),
    ("至于戴尔，则是什么测试项目都参加了。", [row("participation", "什么测试项目都参加", subject="Dell", unit="benchmarks")]),
    ("NVIDIA的V100與A100等運算卡完成所有測試項目。",
     [row("participation", "完成所有測試項目", subject="NVIDIA", unit="benchmarks")]),
    ("在训练测试中，6月份的纪录成绩——10.9分钟。",
     [row("score", "成绩——10.9分钟", suite="training", value=10.9, unit="minutes", metric="time_to_train")]),
    # what a dash opens is another statement: its organisation and system are not the claim's before it
    ("HabanaGaudi2在MLPerf训练中表现出色。\n\n384个加速器上的训练时间仅为311.9分钟——512个NVIDIAH100加速器需要64.3分钟。",
     [row("score", "训练时间仅为311.9分钟", subject="Intel", system="Gaudi2", suite="training", value=311.9, unit="minutes",
          metric="time_to_train"),
      row("score", "需要64.3分钟", subject="NVIDIA", system="H100", suite="training", value=64.3, unit="minutes", metric="time_to_train")]),
    ("GB200的72组GPU被拆分为56组负责第1阶段。", []),  # a stage, not a rank
    ("H100的功耗最高达700W。", []),  # a specification
    # a model, category or division named in an earlier paragraph of the section carries on
    ("英伟达在GPT-3训练测试中表现出色。\n\n在MLPerf训练中，H100只用了10.94分钟。",
     [row("score", "只用了10.94分钟", subject="NVIDIA", system="H100", suite="training", model="gpt3", value=10.94, unit="minutes",
          metric="time_to_train")]),
    ("自宁畅首次提交以来，性能提升了24%。", []),  # where a span of rounds starts
    ("與首次提交的MLPerf訓練結果相比，性能提升了1.6倍。", []),  # what a result is compared with
    ("在MLPerf训练v1.1中，谷歌根本没有参加任何标准分区里的跑分评比。",
     [row("participation", "没有参加任何", subject="Google", count=0, unit="submissions", division="closed", suite="training", version="1.1")]),
    ("在MLPerf训练v1.1中，BERT成绩表上有一个数字：1196.638（分钟），来自谷歌。",
     [row("score", "1196.638（分钟）", subject="Google", suite="training", version="1.1", model="bert", value=1196.638, unit="minutes",
          metric="time_to_train")]),
    ("英特尔提交了ResNet50、RetinaNet、BERT和GPT-J的测试结果。",
     [row("participation", "提交了ResNet50、RetinaNet、BERT和GPT-J", subject="Intel", count=4, unit="benchmarks")]),
    # results given "respectively" pair with their systems before them and their benchmarks after them
    ("在MLPerf训练1.0中，宁畅X640 G40和X660 G45分别以48.43、28.64成绩，取得固定任务（closed）赛道MASK R-CNN、U-NET3D两项训练第一。",
     [row("score", "以48.43、28.64成绩", subject="Nettrix", system="X640 G40", suite="training", version="1.0", division="closed",
          model="mask-rcnn", value=48.43, unit="minutes", metric="time_to_train"),
      row("score", "以48.43、28.64成绩", subject="Nettrix", system="X660 G45", suite="training", version="1.0", division="closed",
          model="3d-unet", value=28.64, unit="minutes", metric="time_to_train"),
      row("ranking", "两项训练第一", subject="Nettrix", rank=1, count=2, suite="training", version="1.0", division="closed")]),
    ("在MLPerf訓練v2.0中，浪潮以27.5的成績在BERT測試中奪冠。",  # a training result with no unit is minutes
     [row("score", "以27.5的成績", subject="Inspur", suite="training", version="2.0", model="bert", value=27.5, unit="minutes",
          metric="time_to_train"),
      row("ranking", "BERT測試中奪冠", subject="Inspur", rank=1, suite="training", version="2.0", model="bert")]),
    ("在MLPerf推理v2.0中，浪潮以27.5的成绩夺冠。", []),  # ...and in an inference round no score at all
    # the entries a submitter made, as counted works
    ("它也是谷歌今年在MLPerf训练v1.1“非标准区”提交的一个作品。",
     [row("participation", "提交的一个作品", subject="Google", count=1, suite="training", version="1.1", division="open", unit="submissions")]),
    ("浪潮在MLPerf推理v3.0中提交了两个作品。",
     [row("participation", "提交了两个作品", subject="Inspur", count=2, suite="inference", version="3.0", unit="submissions")]),
    ("這是英特爾提交的3個參賽作品之一。", [row("participation", "提交的3個參賽作品", subject="Intel", count=3, unit="submissions")]),
    ("浪潮的作品在MLPerf推理v3.0中获得好评。", []),  # works, but no count of them submitted
    # a claim of every benchmark takes the "all N" its sentence states, and no count where it states none
    ("在MLPerf训练v3.0中，英伟达在全部八项测试中夺冠，也是唯一在所有项目中都提交结果的厂商。",
     [row("ranking", "全部八项测试中夺冠", subject="NVIDIA", rank=1, count=8, total=8, suite="training", version="3.0"),
      row("participation", "所有项目中都提交结果", subject="NVIDIA", count=8, total=8, suite="training", version="3.0", unit="benchmarks")]),
    ("英伟达是唯一在所有项目中都提交结果的厂商。", [row("participation", "所有项目中都提交结果", subject="NVIDIA", unit="benchmarks")]),
    # records across the board beside a record of one benchmark are two claims ("全部" after a count is that count)
    ("H100在MLPerf训练v3.0中全面刷新纪录，其中GPT-3纪录被刷至11分钟。",
     [row("ranking", "刷新纪录", subject="NVIDIA", system="H100", rank=1, suite="training", version="3.0"),
      row("score", "GPT-3纪录被刷至11分钟", subject="NVIDIA", system="H100", suite="training", version="3.0", model="gpt3", value=11.0,
          unit="minutes", metric="time_to_train"),
      row("ranking", "GPT-3纪录", subject="NVIDIA", system="H100", rank=1, suite="training", version="3.0", model="gpt3")]),
    # "今年" in a claim's own clause is the round of the text, even after "迄今为止"
    ("浪潮发布MLPerf训练v3.0成绩。迄今为止浪潮共获得40项第一，今年获得了5项第一。",
     [row("ranking", "40项第一", subject="Inspur", rank=1, count=40),
      row("ranking", "5项第一", subject="Inspur", rank=1, count=5, suite="training", version="3.0")]),
    # organisations joined by a hyphen are one joint submitter
    ("在MLPerf推理v4.0中，红帽-美超微首次参加测试。",
     [row("participation", "首次参加", subject="Red Hat & Supermicro", count=1, suite="inference", version="4.0", unit="rounds")]),
    # durations in hours, and in parts, are minutes in all
    ("谷歌的BERT模型在MLPerf训练v1.1中约20小时训练而成。",
     [row("score", "BERT模型在MLPerf训练v1.1中约20小时", subject="Google", qualifier="about", suite="training", version="1.1", model="bert",
          value=1200.0, unit="minutes", metric="time_to_train")]),
    ("在MLPerf訓練v2.0中，英偉達訓練DLRM僅用了2個小時。",
     [row("score", "訓練DLRM僅用了2個小時", subject="NVIDIA", suite="training", version="2.0", model="dlrm", value=120.0, unit="minutes",
          metric="time_to_train")]),
    ("在MLPerf训练v2.0中，浪潮用1小时30分钟完成了BERT的训练。",
     [row("score", "30分钟完成了BERT的训练", subject="Inspur", suite="training", version="2.0", model="bert", value=90.0, unit="minutes",
          metric="time_to_train")]),
    # the records a sentence counts, named one by one in the sentence after it
    ("英特爾的Gaudi 2在MLPerf訓練中創下3項紀錄。這3項測試分別是BERT、ResNet-50和GPT-3。",
     [row("ranking", "3項紀錄", subject="Intel", system="Gaudi2", rank=1, count=3, suite="training"),
      row("ranking", "BERT", subject="Intel", system="Gaudi2", rank=1, suite="training", model="bert"),
      row("ranking", "ResNet-50", subject="Intel", system="Gaudi2", rank=1, suite="training", model="resnet50"),
      row("ranking", "GPT-3", subject="Intel", system="Gaudi2", rank=1, suite="training", model="gpt3")]),
    ("浪潮在MLPerf推理v2.1中打破了两项纪录。这些纪录分别为3D-UNet和DLRM。",
     [row("ranking", "两项纪录", subject="Inspur", rank=1, count=2, suite="inference", version="2.1"),
      row("ranking", "3D-UNet", subject="Inspur", rank=1, suite="inference", version="2.1", model="3d-unet"),
      row("ranking", "DLRM", subject="Inspur", rank=1, suite="inference", version="2.1", model="dlrm")]),
    # ...but not a list of another number of records
    ("浪潮打破了6项纪录。这5个模型分别是DLRM和BERT。", [row("ranking", "6项纪录", subject="Inspur", rank=1, count=6)]),
]

NEGATIVE = [
    "部署过程用时不到2小时。",  # a duration, but no training time of a benchmark round
    "NVIDIA的性能比之前创纪录的提交提高了三倍多。",  # a record-setting submission of before: an attribute, and a relative gain
    "H200在这一轮提交中的性能提升了27%。",  # this round, no count of rounds
    "NVIDIA在最新的MLPerf训练基准测试中创造了纪录性能。",  # a benchmark noun names no scope beyond the round
    "NVIDIA在MLPerf Training v4.0中创下新记录。",  # a record scoped only by its round
    "公司在ResNet相关专利数量上位居行业第一。",  # a model named far from the rank, with no list
    "统一的测试平台让全国两会代表中的一些人关注第一季度的结果。",
    "性能较上一轮提升18%。",
    "两款核心产品性能登顶。",
    "截至目前，宁畅技术团队专注服务器领域已有15年。",
    "MLPerf是影响力最广的国际AI性能基准测试之一。",
    "宁畅获得8项专利。",
    "该公司位列第一梯队。",
    "在ResNet50测试中，该公司位列第一梯队。",
    "延迟在10至20毫秒之间。",
    "浪潮信息是全球领先的IT基础设施提供商，服务器出货量连续多年位居中国第一。",
    "公司成立于2000年，现有员工3万余人，业务覆盖全球120多个国家和地区。",
    "新华三连续12年位居中国以太网交换机市场份额第一。",
    "本次发布会吸引了超过500名嘉宾参加。",
    "戴尔、慧与、联想等厂商也提交了基于NVIDIA GPU的系统。",
    "浪潮提供了3项最佳实践。",
    "该服务器支持8颗GPU，最高功耗达到6000瓦。",
]

