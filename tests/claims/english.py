"""English rows: text -> the exact claims it holds; NEGATIVE rows hold none."""
from __future__ import annotations

from typing import Any

from tests.conftest import row

TABLE: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "In the Closed Division of MLPerf Inference v3.1, Inspur ranked first in 15 out of 30 tasks.",
        [row("ranking", "ranked first in 15 out of 30 tasks", subject="Inspur", rank=1, count=15, total=30,
             suite="inference", version="3.1", division="closed")],
    ),
    (
        "Dell, Qualcomm and NVIDIA won 8, 5 and 4 first places respectively in MLPerf Inference v2.0.",
        [row("ranking", "Dell, Qualcomm and NVIDIA won 8, 5 and 4 first places", subject=s, rank=1, count=n,
             suite="inference", version="2.0") for s, n in (("Dell", 8), ("Qualcomm", 5), ("NVIDIA", 4))],
    ),
    (
        "Inspur and NVIDIA together won 15 first places.",
        [row("ranking", "Inspur and NVIDIA together won 15 first places", subject="Inspur & NVIDIA", rank=1, count=15)],
    ),
    (
        "MLPerf Training v3.0 results are out. NVIDIA topped the benchmarks for the fourth consecutive round.",
        [row("ranking", "topped the benchmarks for the fourth consecutive round", subject="NVIDIA", rank=1, count=4,
             unit="rounds", suite="training", version="3.0")],
    ),
    (
        "The Inspur NF5488A5 delivered 1,234 queries per second on BERT-99 Server.",
        [row("score", "1,234 queries per second", suite="inference", subject="Inspur", system="NF5488A5", model="bert", accuracy=[99.0],
             scenario="server", value=1234.0, unit="queries/s", metric="throughput")],
    ),
    (
        "In this round, 23 companies submitted 451 results.",
        [row("participation", "23 companies submitted", count=23, unit="submitters"),
         row("participation", "submitted 451 results", count=451, unit="results")],
    ),
    (
        "Lenovo submitted for the first time.",
        [row("participation", "submitted for the first time", subject="Lenovo", count=1, unit="rounds")],
    ),
    (
        "In MLPerf Training v2.0, Google trained BERT in 0.25 minutes.",
        [row("score", "trained BERT in 0.25 minutes", subject="Google", suite="training", version="2.0", model="bert", value=0.25,
             unit="minutes", metric="time_to_train")],
    ),
    (
        "MLPerf Inference v4.0 is here. To date, Inspur has won more than 100 first places.",
        [row("ranking", "more than 100 first places", subject="Inspur", rank=1, count=100, qualifier="over")],
    ),
    (
        "Supermicro took first place in fifteen benchmarks.",
        [row("ranking", "took first place in fifteen benchmarks", subject="Supermicro", rank=1, count=15)],
    ),
    (
        "In the Edge category, Dell won a dozen tests.",
        [row("ranking", "won a dozen tests", subject="Dell", rank=1, count=12, category="edge")],
    ),
    (
        "Qualcomm reached a latency of 0.5 ms in SingleStream.",
        [row("score", "latency of 0.5 ms", suite="inference", subject="Qualcomm", scenario="single_stream", value=0.5, unit="ms", metric="latency")],
    ),
    (
        "For the third consecutive round, NVIDIA swept every edge test in MLPerf Inference v3.0.",
        [row("ranking", "For the third consecutive round, NVIDIA swept", subject="NVIDIA", rank=1, count=3, unit="rounds",
             suite="inference", version="3.0", category="edge")],
    ),
    (
        "For the second time in a row, Nettrix ranked first on DLRM-v2.",
        [row("ranking", "For the second time in a row, Nettrix ranked first", subject="Nettrix", rank=1, count=2, unit="rounds", model="dlrm")],
    ),
    (
        "For the third time in a row, NVIDIA swept every data center test.",
        [row("ranking", "For the third time in a row, NVIDIA swept", subject="NVIDIA", rank=1, count=3, unit="rounds", category="datacenter")],
    ),
    (
        "For the third consecutive round, Dell placed second in 4 tests.",
        [row("ranking", "For the third consecutive round, Dell placed second", subject="Dell", rank=2, count=3, unit="rounds"),
         row("ranking", "placed second in 4 tests", subject="Dell", rank=2, count=4)],
    ),
    (  # a first time is no streak: the rank on the benchmark alone
        "For the first time, the company ranked first on BERT.",
        [row("ranking", "ranked first on BERT", rank=1, model="bert")],
    ),
    (
        "In the single-stream scenario, the Orin module reached a latency of 0.64 ms on ResNet-50.",
        [row("score", "latency of 0.64 ms", suite="inference", subject="NVIDIA", system="Jetson Orin", model="resnet50", scenario="single_stream", value=0.64, unit="ms", metric="latency")],
    ),
    (
        "The R200 card reached a multi-stream latency of 2.5 ms on ResNet-50.",
        [row("score", "multi-stream latency of 2.5 ms", suite="inference", system="R200", model="resnet50", scenario="multi_stream", value=2.5, unit="ms", metric="latency")],
    ),
    (
        "Cisco UCS C240 M7 delivered 1,025 samples/second on ResNet-50 in the offline scenario.",
        [row("score", "1,025 samples/second", suite="inference", subject="Cisco", system="UCS C240 M7", model="resnet50", scenario="offline",
             value=1025.0, unit="samples/s", metric="throughput")],
    ),
    (
        "Dell PowerEdge XE9680 achieved 41,152 tokens/s on Llama 2 70B in the server scenario.",
        [row("score", "41,152 tokens/s", suite="inference", subject="Dell", system="PowerEdge XE9680", model="llama2-70b", scenario="server",
             value=41152.0, unit="tokens/s", metric="throughput")],
    ),
    (
        "In total, 16 organizations submitted over 200 results to MLPerf Training v4.0.",
        [row("participation", "16 organizations submitted", count=16, unit="submitters", suite="training", version="4.0"),
         row("participation", "submitted over 200 results", count=200, qualifier="over", unit="results", suite="training",
             version="4.0")],
    ),
    (
        "In MLPerf Inference v3.1, a total of 13,500 performance results were submitted by 26 organizations.",
        [row("participation", "13,500 performance results were submitted", count=13500, unit="results", suite="inference",
             version="3.1"),
         row("participation", "submitted by 26 organizations", count=26, unit="submitters", suite="inference", version="3.1")],
    ),
    (
        "Qualcomm Cloud AI 100 achieved 2,117 queries per second per watt on ResNet-50.",
        [row("score", "2,117 queries per second per watt", suite="inference", system="Cloud AI 100", subject="Qualcomm", model="resnet50", value=2117.0, unit="samples/J",
             metric="energy")],
    ),
    (
        "For the fifth straight year, Inspur topped the MLPerf Training charts.",
        [row("ranking", "For the fifth straight year, Inspur topped", subject="Inspur", rank=1, count=5, unit="rounds", suite="training")],
    ),
    (
        "This is the third consecutive time NVIDIA has set performance records on inference tests.",
        [row("ranking", "third consecutive time NVIDIA has set performance records", subject="NVIDIA", rank=1, count=3,
             unit="rounds", suite="inference")],
    ),
    (
        "ASUS took first place on ResNet-50 in the Offline scenario.",
        [row("ranking", "took first place on ResNet-50", suite="inference", subject="ASUS", rank=1, model="resnet50", scenario="offline")],
    ),
]

TABLE += [
    ("Lenovo ranked No. 1 in 8 tests.", [row("ranking", "ranked No. 1 in 8 tests", subject="Lenovo", rank=1, count=8)]),
    (
        "NVIDIA achieved the top spot in 12 of 16 benchmarks in MLPerf Inference v2.1.",
        [row("ranking", "achieved the top spot in 12 of 16 benchmarks", subject="NVIDIA", rank=1, count=12, total=16, suite="inference", version="2.1")],
    ),
    (
        "H3C won first place in 11 tasks and second place in 4 tasks.",
        [row("ranking", "won first place in 11 tasks", subject="H3C", rank=1, count=11),
         row("ranking", "second place in 4 tasks", subject="H3C", rank=2, count=4)],
    ),
    (
        "Google's TPU v4 scored 4,525 samples per second in ResNet-50 Offline.",
        [row("score", "4,525 samples per second", suite="inference", system="TPU v4", subject="Google", model="resnet50", scenario="offline", value=4525.0,
             unit="samples/s", metric="throughput")],
    ),
    ("Intel set 8 world records with its Xeon processors.", [row("ranking", "8 world records", system="Xeon", subject="Intel", rank=1, count=8)]),
    (
        "NVIDIA swept the benchmarks for the third time in a row.",
        [row("ranking", "swept the benchmarks for the third time in a row", subject="NVIDIA", rank=1, count=3, unit="rounds")],
    ),
    (
        "NVIDIA delivered 12,000 tokens per second on Llama 2 70B in the Offline scenario.",
        [row("score", "12,000 tokens per second", suite="inference", subject="NVIDIA", model="llama2-70b", scenario="offline", value=12000.0,
             unit="tokens/s", metric="throughput")],
    ),
]

TABLE += [
    (
        "In the latest round, NVIDIA H100 Tensor Core GPUs set records in all eight tests.",
        [row("ranking", "set records in all eight tests", system="H100", subject="NVIDIA", rank=1, count=8, total=8)],
    ),
    (
        "NVIDIA Blackwell set records in all of the 11 benchmarks of MLPerf Training v5.0.",
        [row("ranking", "set records in all of the 11 benchmarks", system="Blackwell", subject="NVIDIA", rank=1, count=11, total=11, suite="training",
             version="5.0")],
    ),
    ("Nvidia's Blackwell set records in every one of the nine benchmarks it ran.",
     [row("ranking", "set records in every one of the nine benchmarks", system="Blackwell", subject="NVIDIA", rank=1, count=9, total=9)]),
    ("NVIDIA won each of the 8 tests.", [row("ranking", "won each of the 8 tests", subject="NVIDIA", rank=1, count=8, total=8)]),
    (
        "NVIDIA swept all of the 8 tests in MLPerf Training.",
        [row("ranking", "swept all of the 8 tests", subject="NVIDIA", rank=1, count=8, total=8, suite="training")],
    ),
    (
        "Supermicro won in 10 of 12 categories in the Closed Division.",
        [row("ranking", "won in 10 of 12 categories", subject="Supermicro", rank=1, count=10, total=12, division="closed")],
    ),
    (
        "MLPerf Inference v4.0 received more than 8,500 performance results and 900 power results from 23 submitting organizations.",
        [row("participation", "received more than 8,500 performance results", count=8500, qualifier="over", unit="results",
             suite="inference", version="4.0"),
         row("participation", "and 900 power results", count=900, unit="power results", suite="inference", version="4.0"),
         row("participation", "from 23 submitting organizations", count=23, unit="submitters", suite="inference", version="4.0")],
    ),
    # a count joined by "and" goes on from the participation before it, and takes its subject; a score or a ranking
    # in a scenario from the claim of its kind before it
    ("The server delivered 13,015 samples per second on RetinaNet Offline and 12,500 in Server.",
     [row("score", "13,015 samples per second", suite="inference", model="retinanet", scenario="offline", value=13015.0, unit="samples/s", metric="throughput"),
      row("score", "and 12,500 in Server", suite="inference", model="retinanet", scenario="server", value=12500.0, unit="queries/s", metric="throughput")]),
    ("Dell ranked first in 5 tests and 3 in the Server scenario.",
     [row("ranking", "ranked first in 5 tests", suite="inference", subject="Dell", rank=1, count=5),
      row("ranking", "and 3 in the Server scenario", suite="inference", subject="Dell", rank=1, count=3, scenario="server")]),
    (
        "Dell submitted 12 systems and 40 results.",
        [row("participation", "submitted 12 systems", subject="Dell", count=12, unit="systems"),
         row("participation", "and 40 results", subject="Dell", count=40, unit="results")],
    ),
    (
        "This round saw 23 submitters and more than 8,500 performance results.",
        [row("participation", "saw 23 submitters", count=23, unit="submitters"),
         row("participation", "and more than 8,500 performance results", count=8500, qualifier="over", unit="results")],
    ),
    (
        "Intel's Gaudi 2 accelerator delivered leadership performance in 6 of 8 workloads.",
        [row("ranking", "delivered leadership performance in 6 of 8 workloads", system="Gaudi2", subject="Intel", rank=1, count=6, total=8)],
    ),
    (
        "ASUS ranked first in the Offline scenario of ResNet-50.",
        [row("ranking", "ranked first in the Offline scenario of ResNet-50", suite="inference", subject="ASUS", rank=1, model="resnet50", scenario="offline")],
    ),
    (
        "Dell's submission included 40 results across 12 systems.",
        [row("participation", "included 40 results", subject="Dell", count=40, unit="results"),
         row("participation", "results across 12 systems", subject="Dell", count=12, unit="systems")],
    ),
    (
        "The Inspur NF5488A5 with NVIDIA A100 GPUs ranked first in 7 tasks.",
        [row("ranking", "ranked first in 7 tasks", subject="Inspur", system="NF5488A5", rank=1, count=7)],
    ),
]

TABLE += [
    (
        "Each node draws 700W and delivers 1,200 samples/s.",
        [row("score", "draws 700W", suite="inference", value=700.0, unit="W", metric="energy"),
         row("score", "1,200 samples/s", suite="inference", value=1200.0, unit="samples/s", metric="throughput")],
    ),
    (
        "Inspur scored 679,915 in the ResNet-50 Offline scenario.",
        [row("score", "scored 679,915 in the ResNet-50", suite="inference", subject="Inspur", model="resnet50", scenario="offline", value=679915.0,
             unit="samples/s", metric="throughput")],
    ),
    (
        "MLPerf Inference version 3.1 results show Dell won 12 tests.",
        [row("ranking", "won 12 tests", subject="Dell", rank=1, count=12, suite="inference", version="3.1")],
    ),
    (
        "Dell submitted results in all 8 benchmarks.",
        [row("participation", "submitted results in all 8 benchmarks", subject="Dell", count=8, unit="benchmarks")],
    ),
    ("The system ran at 5ms latency.", [row("score", "5ms", value=5.0, unit="ms", metric="latency")]),
]

TABLE += [
    (
        "MLPerf Inference v3.0 is out. NVIDIA has won every test since 2019, ranking first in 32 out of 32 data center tests in this round.",
        [row("ranking", "ranking first in 32 out of 32 data center tests", subject="NVIDIA", rank=1, count=32, total=32,
             suite="inference", version="3.0", category="datacenter")],
    ),
]

TABLE += [
    (
        "On Llama 2 70B, the system delivered 24,525 tokens per second in the Offline scenario and 23,111 tokens per second in the Server scenario.",
        [row("score", "24,525 tokens per second", suite="inference", model="llama2-70b", scenario="offline", value=24525.0, unit="tokens/s", metric="throughput"),
         row("score", "23,111 tokens per second", suite="inference", model="llama2-70b", scenario="server", value=23111.0, unit="tokens/s", metric="throughput")],
    ),
    ("H3C also ranked first in 4 of 6 edge tests.",
     [row("ranking", "ranked first in 4 of 6 edge tests", subject="H3C", rank=1, count=4, total=6, category="edge")]),
    ("Lenovo's server, powered by eight NVIDIA H100 GPUs, won 6 tests.", [row("ranking", "won 6 tests", system="H100", subject="Lenovo", rank=1, count=6)]),
]

TABLE += [
    (
        "Dell Technologies achieved 16 No. 1 rankings in MLPerf Inference v3.0.",
        [row("ranking", "16 No. 1 rankings", subject="Dell", rank=1, count=16, suite="inference", version="3.0")],
    ),
    ("HPE came in first on 5 of the 8 benchmarks it entered.",  # the benchmarks entered are a participation of their own
     [row("ranking", "first on 5 of the 8 benchmarks", subject="HPE", rank=1, count=5, total=8),
      row("participation", "8 benchmarks it entered", subject="HPE", count=8, unit="benchmarks")]),
    (
        "Lenovo earned top rankings in 28 benchmarks across data center and edge.",
        [row("ranking", "earned top rankings in 28 benchmarks", subject="Lenovo", rank=1, count=28)],
    ),
    (
        "NVIDIA swept all 8 data center tests.",
        [row("ranking", "swept all 8 data center tests", subject="NVIDIA", rank=1, count=8, total=8, category="datacenter")],
    ),
    ("With 10 first-place finishes, Inspur led all submitters.", [row("ranking", "10 first-place finishes", subject="Inspur", rank=1, count=10)]),
    (
        "In total, 5,000 results from 21 submitters were published.",
        [row("participation", "5,000 results from", count=5000, unit="results"),
         row("participation", "from 21 submitters", count=21, unit="submitters")],
    ),
]

TABLE += [
    ("Dell took 12 of 16 top spots.", [row("ranking", "12 of 16 top spots", subject="Dell", rank=1, count=12, total=16)]),
    (
        "Intel topped the charts in 6 of 8 benchmarks.",
        [row("ranking", "topped the charts in 6 of 8 benchmarks", subject="Intel", rank=1, count=6, total=8)],
    ),
    ("HPE was the top performer in 5 tests.", [row("ranking", "was the top performer in 5 tests", subject="HPE", rank=1, count=5)]),
]

TABLE += [
    (
        "NVIDIA H100 GPUs set new records on all eight MLPerf Training v3.0 benchmarks.",
        [row("ranking", "records on all eight MLPerf Training v3.0 benchmarks", system="H100", subject="NVIDIA", rank=1, count=8, total=8,
             suite="training", version="3.0")],
    ),
    (
        "H3C R5300 G5 ranked first in 9 of 12 edge inference tasks and set 3 new records in the datacenter category.",
        [row("ranking", "ranked first in 9 of 12 edge inference tasks", subject="H3C", system="R5300 G5", rank=1, count=9, total=12,
             suite="inference", category="edge"),
         row("ranking", "3 new records", subject="H3C", system="R5300 G5", rank=1, count=3, suite="inference", category="datacenter")],
    ),
    (
        "Intel Gaudi2 trained GPT-3 in 311 minutes on 384 accelerators.",
        [row("score", "trained GPT-3 in 311 minutes", suite="training", system="Gaudi2", subject="Intel", model="gpt3", value=311.0, unit="minutes", metric="time_to_train")],
    ),
]

TABLE += [
    (
        "Dell and HPE won 8 and 5 first places.",
        [row("ranking", "Dell and HPE won 8 and 5 first places", subject=s, rank=1, count=n) for s, n in (("Dell", 8), ("HPE", 5))],
    ),
    (
        "Dell and HPE each won 5 first places.",
        [row("ranking", "Dell and HPE each won 5 first places", subject=s, rank=1, count=5) for s in ("Dell", "HPE")],
    ),
]

TABLE += [
    (
        "A cluster of 3,584 H100 GPUs completed the massive GPT-3-based benchmark in less than eleven minutes.",
        [row("score", "GPT-3-based benchmark in less than eleven minutes", suite="training", subject="NVIDIA", system="H100", model="gpt3", value=11.0, qualifier="under", unit="minutes",
             metric="time_to_train")],
    ),
]

TABLE += [
    ("This is Nettrix's sixth MLPerf submission.", [row("participation", "sixth MLPerf submission", subject="Nettrix", count=6, unit="rounds")]),
    ("Juniper Networks, a first-time submitter, provided results for 2 systems.",
     [row("participation", "first-time submitter", subject="Juniper Networks", count=1, unit="rounds"),
      row("participation", "provided results for 2 systems", subject="Juniper Networks", count=2, unit="systems")]),
    ("Intel submitted results for all 8 MLPerf Inference v4.0 data center benchmarks.",
     [row("participation", "submitted results for all 8 MLPerf Inference v4.0 data center benchmarks", subject="Intel", count=8,
          unit="benchmarks", suite="inference", version="4.0", category="datacenter")]),
    ("Intel submitted results for 7 of the 8 MLPerf Inference v3.1 data center benchmarks with its Xeon processors.",
     [row("participation", "submitted results for 7 of the 8 MLPerf Inference v3.1 data center benchmarks", system="Xeon", subject="Intel", count=7,
          total=8, unit="benchmarks", suite="inference", version="3.1", category="datacenter")]),
    ("NVIDIA swept all eight benchmarks in MLPerf Training v3.0 for the fourth consecutive round.",
     [row("ranking", "swept all eight benchmarks in MLPerf Training v3.0 for the fourth consecutive round", subject="NVIDIA", rank=1,
          count=4, unit="rounds", suite="training", version="3.0"),
      row("ranking", "swept all eight benchmarks", subject="NVIDIA", rank=1, count=8, total=8, suite="training", version="3.0")]),
    ("Google took first place in 3 of the 6 training tasks for the second round in a row.",
     [row("ranking", "took first place in 3 of the 6 training tasks for the second round in a row", subject="Google", rank=1, count=2,
          unit="rounds", suite="training"),
      row("ranking", "took first place in 3 of the 6 training tasks", subject="Google", rank=1, count=3, total=6, suite="training")]),
    ("Nettrix won a total of 13 titles in MLPerf Inference v3.0.",
     [row("ranking", "won a total of 13 titles", subject="Nettrix", rank=1, count=13, suite="inference", version="3.0")]),
    ("Inspur Information won 25 championships across the data center and edge categories.",
     [row("ranking", "won 25 championships", subject="Inspur", rank=1, count=25)]),
    ("With its NF5468M7, Inspur topped the RetinaNet and 3D-UNet benchmarks in the Offline scenario.",
     [row("ranking", "topped the RetinaNet and 3D-UNet", suite="inference", subject="Inspur", system="NF5468M7", rank=1, model="retinanet", scenario="offline"),
      row("ranking", "topped the RetinaNet and 3D-UNet", suite="inference", subject="Inspur", system="NF5468M7", rank=1, model="3d-unet", scenario="offline")]),
    ("Intel Gaudi 2 remained the only benchmarked alternative to NVIDIA H100, with 8,035 tokens per second on Llama 2 70B.",
     [row("score", "8,035 tokens per second", suite="inference", system="Gaudi2", subject="Intel", model="llama2-70b", value=8035.0, unit="tokens/s", metric="throughput")]),
    ("The results include 20 submissions from Dell, the most of any OEM.",
     [row("participation", "20 submissions from Dell", subject="Dell", count=20, unit="submissions")]),
    ("Qualcomm achieved the best power efficiency results in 3 of the 4 edge categories.",
     [row("ranking", "achieved the best power efficiency results in 3 of the 4 edge categories", subject="Qualcomm", rank=1, count=3,
          total=4, category="edge")]),
    ("Top results on GPT-J and Llama 2 70B",
     [row("ranking", "Top results on GPT-J and Llama 2 70B", rank=1, model="gpt-j"),
      row("ranking", "Top results on GPT-J and Llama 2 70B", rank=1, model="llama2-70b")]),
    ("Throughput on GPT-J was 10,250 tokens/second (offline).",
     [row("score", "10,250 tokens/second", suite="inference", model="gpt-j", scenario="offline", value=10250.0, unit="tokens/s", metric="throughput")]),
    ("GIGABYTE returned for its fifth round of MLPerf Inference with 12 systems.",
     [row("participation", "fifth round of MLPerf Inference", subject="GIGABYTE", count=5, unit="rounds", suite="inference"),
      row("participation", "with 12 systems", subject="GIGABYTE", count=12, unit="systems", suite="inference")]),
    ("Supermicro and ASUS won 9 and 6 tests, respectively.",
     [row("ranking", "Supermicro and ASUS won 9 and 6 tests", subject="Supermicro", rank=1, count=9),
      row("ranking", "Supermicro and ASUS won 9 and 6 tests", subject="ASUS", rank=1, count=6)]),
    ("Inspur ranked first in 7 tasks and second in 5.",
     [row("ranking", "ranked first in 7 tasks", subject="Inspur", rank=1, count=7),
      row("ranking", "and second in 5", subject="Inspur", rank=2, count=5)]),
    ("Nettrix won 8 of the 10 tests it entered and placed second in the other two.",
     [row("ranking", "won 8 of the 10 tests", subject="Nettrix", rank=1, count=8, total=10),
      row("participation", "10 tests it entered", subject="Nettrix", count=10, unit="benchmarks"),
      row("ranking", "and placed second in the other two", subject="Nettrix", rank=2, count=2)]),
    ("Cisco delivered leadership results in 4 benchmarks, while Dell placed second in two others.",
     [row("ranking", "delivered leadership results in 4 benchmarks", subject="Cisco", rank=1, count=4),
      row("ranking", "placed second in two others", subject="Dell", rank=2, count=2)]),
    ("Nettrix led the pack with 13 wins.", [row("ranking", "13 wins", subject="Nettrix", rank=1, count=13)]),
    ("With 13 of 16 wins, Nettrix led the round.", [row("ranking", "13 of 16 wins", subject="Nettrix", rank=1, count=13, total=16)]),
    ("Across the 14 workloads, Nettrix servers placed first in nine.",
     [row("ranking", "Across the 14 workloads, Nettrix servers placed first in nine", subject="Nettrix", rank=1, count=9, total=14)]),
    ("Of the 8 training benchmarks, Google ranked second in three.",
     [row("ranking", "Of the 8 training benchmarks, Google ranked second in three", subject="Google", rank=2, count=3, total=8, suite="training")]),
    ("Across the 14 workloads, Nettrix servers placed first in the data center category.",  # a rank scoped by its category
     [row("ranking", "placed first", subject="Nettrix", rank=1, category="datacenter")]),
    ("Of the 14 edge tests, MediaTek led 3.",
     [row("ranking", "Of the 14 edge tests, MediaTek led 3", subject="MediaTek", rank=1, count=3, total=14, category="edge")]),
    ("Of the 22 tests in the data center closed division, Dell PowerEdge XE9680 led in nine.",
     [row("ranking", "Of the 22 tests in the data center closed division, Dell PowerEdge XE9680 led in nine", subject="Dell",
          system="PowerEdge XE9680", rank=1, count=9, total=22, division="closed", category="datacenter")]),
    ("Across the 14 workloads in the data center category, Nettrix servers placed first in nine.",
     [row("ranking", "Across the 14 workloads in the data center category, Nettrix servers placed first in nine", subject="Nettrix",
          rank=1, count=9, total=14, category="datacenter")]),
    ("Of the 22 tests, 9 were submitted by Dell.", []),  # NEGATIVE: no winning verb
    # A rank on a benchmark with no number in the sentence (the rule is anchored on the benchmark).
    ("Inspur won the ResNet-50 benchmark.", [row("ranking", "won the ResNet-50", subject="Inspur", rank=1, model="resnet50")]),
    ("Inspur led in BERT and ResNet-50.",
     [row("ranking", "led in BERT and ResNet-50", subject="Inspur", rank=1, model=m) for m in ("bert", "resnet50")]),
    ("The GIGABYTE G893 topped the charts in the Llama 3.1 405B benchmark with 1,200 tokens per second.",
     [row("ranking", "topped the charts in the Llama 3.1 405B", suite="inference", subject="GIGABYTE", system="G893", rank=1, model="llama3.1-405b"),
      row("score", "1,200 tokens per second", suite="inference", subject="GIGABYTE", system="G893", model="llama3.1-405b", value=1200.0, unit="tokens/s",
          metric="throughput")]),
    ("NVIDIA took on the GPT-3 benchmark with 10,000 GPUs.", []),  # NEGATIVE: "took on" is no win
    # Evidence starts where the hyphened word it falls in does.
    ("NVIDIA posted a time-to-train of 10.5 minutes on GPT-3 175B.",
     [row("score", "time-to-train of 10.5 minutes", suite="training", subject="NVIDIA", model="gpt3", value=10.5, unit="minutes", metric="time_to_train")]),
    ("Inspur won 13 and 10 first places in the data center and edge categories, respectively.",
     [row("ranking", "13 and 10 first places", subject="Inspur", rank=1, count=13, category="datacenter"),
      row("ranking", "13 and 10 first places", subject="Inspur", rank=1, count=10, category="edge")]),
    ("In the data center and edge categories, Inspur won 13 and 10 tests respectively.",
     [row("ranking", "won 13 and 10 tests", subject="Inspur", rank=1, count=13, category="datacenter"),
      row("ranking", "won 13 and 10 tests", subject="Inspur", rank=1, count=10, category="edge")]),
    ("More than 20 organizations submitted over 12,000 results in this round.",
     [row("participation", "More than 20 organizations submitted", count=20, qualifier="over", unit="submitters"),
      row("participation", "submitted over 12,000 results", count=12000, qualifier="over", unit="results")]),
    ("Six companies made their first MLPerf Inference submissions in this round.",
     [row("participation", "Six companies made", count=6, unit="submitters", suite="inference")]),
    ("Overall, HPE contributed 24 results on 5 systems.",
     [row("participation", "contributed 24 results", subject="HPE", count=24, unit="results"),
      row("participation", "results on 5 systems", subject="HPE", count=5, unit="systems")]),
    ("Juniper Networks and Oracle were first-time submitters.",
     [row("participation", "Juniper Networks and Oracle were first-time submitters", subject="Juniper Networks", count=1, unit="rounds"),
      row("participation", "Juniper Networks and Oracle were first-time submitters", subject="Oracle", count=1, unit="rounds")]),
    ("NVIDIA won two of the four tests.", [row("ranking", "won two of the four tests", subject="NVIDIA", rank=1, count=2, total=4)]),
    ("Intel won one of the three data center tests.",
     [row("ranking", "won one of the three data center tests", subject="Intel", rank=1, count=1, total=3, category="datacenter")]),
    ("Inspur topped the leaderboard in 9 categories.",
     [row("ranking", "topped the leaderboard in 9 categories", subject="Inspur", rank=1, count=9)]),
    ("Qualcomm Cloud AI 100 took the top spot for power efficiency in 5 of the 6 edge categories.",
     [row("ranking", "took the top spot for power efficiency in 5 of the 6 edge categories", system="Cloud AI 100", subject="Qualcomm", rank=1, count=5, total=6,
          category="edge")]),
    ("This round saw 15 first-time submitters, including Juniper Networks and Wiwynn.",
     [row("participation", "first-time submitters", subject="Juniper Networks", count=1, unit="rounds"),
      row("participation", "first-time submitters", subject="Wiwynn", count=1, unit="rounds")]),
    ("Red Hat made its first submissions to MLPerf Inference.",
     [row("participation", "first submissions", subject="Red Hat", count=1, unit="rounds", suite="inference")]),
    ("This is the sixth consecutive time that Inspur Information has participated in MLPerf Inference.",
     [row("participation", "sixth consecutive time that Inspur Information has participated", subject="Inspur", count=6, unit="rounds",
          suite="inference")]),
    ("This marks the sixth consecutive round in which Lenovo has submitted to MLPerf.",
     [row("participation", "sixth consecutive round in which Lenovo has submitted", subject="Lenovo", count=6, unit="rounds")]),
    ("It is the fourth time Supermicro has taken part in MLPerf Training.",
     [row("participation", "fourth time Supermicro has taken part", subject="Supermicro", count=4, unit="rounds", suite="training")]),
    ("Krai was No. 1 in the edge category with 15 winning results.",
     [row("ranking", "15 winning results", subject="Krai", rank=1, count=15, category="edge")]),
    ("Fujitsu led the edge category with 6 top results out of 10.",
     [row("ranking", "6 top results out of 10", subject="Fujitsu", rank=1, count=6, total=10, category="edge")]),
    ("The system ranked first in the offline scenario of the Llama 2 70B benchmark.",
     [row("ranking", "ranked first in the offline scenario of the Llama 2 70B", suite="inference", rank=1, model="llama2-70b", scenario="offline")]),
    ("In the latest MLPerf Storage v1.0 results, DDN delivered the top throughput for 3D U-Net.",
     [row("ranking", "top throughput for 3D U-Net", subject="DDN", rank=1, model="3d-unet", suite="storage", version="1.0")]),
    ("Intel Gaudi 3 trained Llama 2 70B LoRA in 31.2 minutes.",
     [row("score", "trained Llama 2 70B LoRA in 31.2 minutes", suite="training", system="Gaudi3", subject="Intel", model="llama2-70b-lora", value=31.2, unit="minutes",
          metric="time_to_train")]),
    ("HPE trained CosmoFlow in 8.3 minutes and DeepCAM in 2.9 minutes.",
     [row("score", "trained CosmoFlow in 8.3 minutes", suite="hpc", subject="HPE", model="cosmoflow", value=8.3, unit="minutes", metric="time_to_train"),
      row("score", "DeepCAM in 2.9 minutes", suite="hpc", subject="HPE", model="deepcam", value=2.9, unit="minutes", metric="time_to_train")]),
    ("Supermicro highlights:\n\n- 24 submissions across 5 system configurations\n\n"
     "This is the fifth round in a row that our systems have led the data center category.",
     [row("participation", "24 submissions", subject="Supermicro", count=24, unit="submissions"),
      row("participation", "submissions across 5 system configurations", subject="Supermicro", count=5, unit="systems"),
      row("ranking", "fifth round in a row that our systems have led", subject="Supermicro", rank=1, count=5, unit="rounds",
          category="datacenter")]),
    ("This is the third consecutive round in which NVIDIA has won every test.",
     [row("ranking", "third consecutive round in which NVIDIA has won", subject="NVIDIA", rank=1, count=3, unit="rounds")]),
    # a streak of ranks: the rank must be in tasks, a benchmark or a round ("ranked first in customer satisfaction" is none)
    ("This is the fifth time in a row that Inspur has ranked first in the most tasks.",
     [row("ranking", "fifth time in a row that Inspur has ranked first in the most tasks", subject="Inspur", rank=1, count=5,
          unit="rounds")]),
    ("This is the third consecutive round in which Dell has placed second in the edge category.",
     [row("ranking", "third consecutive round in which Dell has placed second in the edge category", subject="Dell", rank=2, count=3,
          unit="rounds", category="edge")]),
    ("GIGABYTE took the top spot for GPT-J in both server and offline scenarios.",
     [row("ranking", "took the top spot for GPT-J", suite="inference", subject="GIGABYTE", rank=1, model="gpt-j")]),
    ("In the edge category, the SYS-E403-14B ranked second in 3 of 7 benchmarks.",
     [row("ranking", "ranked second in 3 of 7 benchmarks", subject="Supermicro", system="SYS-E403-14B", rank=2, count=3, total=7, category="edge")]),
    # the serial comma joins lists of organisations, counts and benchmarks
    ("Cisco, Dell, and HPE each submitted more than 10 results.",
     [row("participation", "Cisco, Dell, and HPE each submitted more than 10 results", subject=s, count=10, qualifier="over", unit="results")
      for s in ("Cisco", "Dell", "HPE")]),
    ("Dell, Qualcomm, and NVIDIA won 8, 5, and 4 first places respectively.",
     [row("ranking", "Dell, Qualcomm, and NVIDIA won 8, 5, and 4 first places", subject=s, rank=1, count=n)
      for s, n in (("Dell", 8), ("Qualcomm", 5), ("NVIDIA", 4))]),
    ("The company ranked first on ResNet-50, BERT, and DLRM.",
     [row("ranking", "ranked first on ResNet-50, BERT, and DLRM", rank=1, model=m) for m in ("resnet50", "bert", "dlrm")]),
    ("The X640 G40 took first place in 7 tasks and the X660 G45 LP took first place in 6 tasks.",
     [row("ranking", "took first place in 7 tasks", subject="Nettrix", system="X640 G40", rank=1, count=7),
      row("ranking", "took first place in 6 tasks", subject="Nettrix", system="X660 G45 LP", rank=1, count=6)]),
    # rounds are taken part in one organisation at a time: a list is one claim each, never a joint "A & B"
    ("Juniper Networks, Red Hat and Wiwynn made their first MLPerf submissions.",
     [row("participation", "Juniper Networks, Red Hat and Wiwynn made their first MLPerf submissions", subject=s, count=1, unit="rounds")
      for s in ("Juniper Networks", "Red Hat", "Wiwynn")]),
    ("A total of nearly 30 companies took part in the round.",
     [row("participation", "nearly 30 companies took part", count=30, qualifier="about", unit="submitters")]),
    # table rows (as HTML cells are read) are no headings: the system of the heading above holds for each
    ("Dell PowerEdge XE9680 results in MLPerf Inference v4.0\n\nBenchmark | Scenario | Result\n\n"
     "ResNet-50 | Offline | 702,000 samples/s\n\nBERT-99 | Server | 56,000 queries/s",
     [row("score", "702,000 samples/s", subject="Dell", system="PowerEdge XE9680", suite="inference", version="4.0", model="resnet50",
          scenario="offline", value=702000.0, unit="samples/s", metric="throughput"),
      row("score", "56,000 queries/s", subject="Dell", system="PowerEdge XE9680", suite="inference", version="4.0", model="bert",
          accuracy=[99.0], scenario="server", value=56000.0, unit="queries/s", metric="throughput")]),
    # a fronted phrase reads its context in the clause after it
    ("With 13 of 16 wins, Nettrix led the data center category.",
     [row("ranking", "13 of 16 wins", subject="Nettrix", rank=1, count=13, total=16, category="datacenter")]),
    ("With a latency of 0.58 ms, the Jetson Orin topped the SingleStream scenario for ResNet-50.",
     [row("score", "latency of 0.58 ms", suite="inference", subject="NVIDIA", system="Jetson Orin", model="resnet50", scenario="single_stream", value=0.58, unit="ms", metric="latency")]),
    ("IEIT SYSTEMS won 8 first places in MLPerf Inference v4.0.",  # Inspur's name outside China
     [row("ranking", "8 first places", subject="Inspur", rank=1, count=8, suite="inference", version="4.0")]),
    ("In MLPerf Tiny v1.1, Syntiant submitted 4 results.",
     [row("participation", "submitted 4 results", subject="Syntiant", count=4, unit="results", suite="tiny", version="1.1")]),
    # organisations named as parts or as what is compared with are not who claims
    ("ASUS released its results.\n\nCompared to the NVIDIA DGX H100, the ESC N8-E11 was faster on ResNet-50, at 750,000 samples per second.",
     [row("score", "750,000 samples per second", suite="inference", subject="ASUS", system="ESC N8-E11", model="resnet50", value=750000.0, unit="samples/s",
          metric="throughput")]),
    ("The ASUS ESC4000A-E12, with AMD EPYC processors and NVIDIA L40S GPUs, ranked first in 3 edge benchmarks.",
     [row("ranking", "ranked first in 3 edge benchmarks", subject="ASUS", system="ESC4000A-E12", rank=1, count=3, category="edge")]),
    ("In collaboration with NVIDIA, Lenovo achieved first place in 8 benchmarks.",
     [row("ranking", "achieved first place in 8 benchmarks", subject="Lenovo", rank=1, count=8)]),
    ("In MLPerf Training round 4.0, Dell won 5 tests.",
     [row("ranking", "won 5 tests", subject="Dell", rank=1, count=5, suite="training", version="4.0")]),
    ("In MLPerf Automotive 0.5, Dell won 2 tests.",
     [row("ranking", "won 2 tests", subject="Dell", rank=1, count=2, suite="automotive", version="0.5")]),
    ("HPE delivered world-record results on 7 benchmarks.",
     [row("ranking", "delivered world-record results on 7 benchmarks", subject="HPE", rank=1, count=7)]),
    ("Nettrix has won first place in MLPerf for 5 consecutive rounds.",
     [row("ranking", "won first place in MLPerf for 5 consecutive rounds", subject="Nettrix", rank=1, count=5, unit="rounds")]),
    ("NVIDIA has topped MLPerf Training for three straight years.",
     [row("ranking", "topped MLPerf Training for three straight years", subject="NVIDIA", rank=1, count=3, unit="rounds", suite="training")]),
    ("Inspur has participated in 6 consecutive rounds of MLPerf Inference.",
     [row("participation", "participated in 6 consecutive rounds", subject="Inspur", count=6, unit="rounds", suite="inference")]),
    # a superlative with its value before the benchmark: a rank and, by its own rule, the score
    ("Lenovo ThinkSystem SR680a V3 achieved the fastest time-to-train of 12.3 minutes on Stable Diffusion.",
     [row("ranking", "achieved the fastest time-to-train of 12.3 minutes on Stable Diffusion", suite="training", subject="Lenovo", system="ThinkSystem SR680a V3",
          rank=1, model="stable-diffusion"),
      row("score", "time-to-train of 12.3 minutes", suite="training", subject="Lenovo", system="ThinkSystem SR680a V3", model="stable-diffusion", value=12.3,
          unit="minutes", metric="time_to_train")]),
    ("The XE9680 delivered the highest throughput of 45,000 queries per second on BERT-99.",
     [row("ranking", "delivered the highest throughput of 45,000 queries per second on BERT-99", suite="inference", subject="Dell", system="XE9680", rank=1, model="bert",
          accuracy=[99.0]),
      row("score", "45,000 queries per second", suite="inference", subject="Dell", system="XE9680", model="bert", accuracy=[99.0], value=45000.0, unit="queries/s",
          metric="throughput")]),
    ("Lenovo has now participated in MLPerf for 5 consecutive rounds.",
     [row("participation", "participated in MLPerf for 5 consecutive rounds", subject="Lenovo", count=5, unit="rounds")]),
    ("This marks NVIDIA's sixth consecutive sweep of MLPerf Training.",
     [row("ranking", "sixth consecutive sweep", subject="NVIDIA", rank=1, count=6, unit="rounds", suite="training")]),
    ("The system achieved 5,000 and 3,000 samples per second on ResNet-50 and RetinaNet, respectively.",
     [row("score", "5,000 and 3,000 samples per second", suite="inference", model=m, value=v, unit="samples/s", metric="throughput")
      for m, v in (("resnet50", 5000.0), ("retinanet", 3000.0))]),
    ("The XE9680 and XE8640 won 5 and 3 tests, respectively.",
     [row("ranking", "won 5 and 3 tests", system=m, rank=1, count=n) for m, n in (("XE9680", 5), ("XE8640", 3))]),
    # part of a count, by category or division, takes the rank of the count before it
    ("Lenovo won 7 first places, including 3 in the edge category.",
     [row("ranking", "7 first places", subject="Lenovo", rank=1, count=7),
      row("ranking", "including 3 in the edge category", subject="Lenovo", rank=1, count=3, category="edge")]),
    ("Of its 12 wins, Dell took 8 in the closed division.",
     [row("ranking", "12 wins", subject="Dell", rank=1, count=12),
      row("ranking", "took 8 in the closed division", subject="Dell", rank=1, count=8, division="closed")]),
    ("Nettrix won first place in 13 of the 16 tasks in the data center category and 10 of 12 in the edge category.",
     [row("ranking", "won first place in 13 of the 16 tasks", subject="Nettrix", rank=1, count=13, total=16, category="datacenter"),
      row("ranking", "and 10 of 12 in the edge category", subject="Nettrix", rank=1, count=10, total=12, category="edge")]),
    # the round a sentence names outranks the workload it describes, and takes the words listed with it
    ("In MLPerf Storage v1.0, Nettrix placed first in 3 of the 4 tests on the 3D-UNet training workload.",
     [row("ranking", "placed first in 3 of the 4 tests", subject="Nettrix", rank=1, count=3, total=4, suite="storage", version="1.0",
          model="3d-unet")]),
    ("In the training tests, Dell won 3 first places.",
     [row("ranking", "3 first places", subject="Dell", rank=1, count=3, suite="training")]),
    ("Inspur won 8 titles in the closed division of MLPerf Inference v3.0, and 3 in the open division.",
     [row("ranking", "won 8 titles", subject="Inspur", rank=1, count=8, suite="inference", version="3.0", division="closed"),
      row("ranking", "and 3 in the open division", subject="Inspur", rank=1, count=3, suite="inference", version="3.0", division="open")]),
    ("Dell submitted 30 results in the closed division and 5 in the open division.",
     [row("participation", "submitted 30 results", subject="Dell", count=30, unit="results", division="closed")]),  # no rank to take
    ("Inspur's servers finished first in 16 of the closed-division tasks.",
     [row("ranking", "finished first in 16 of the closed-division tasks", subject="Inspur", rank=1, count=16, division="closed")]),
    ("Across 12 tests, Nettrix's X680 G55 ranked first in 5.",
     [row("ranking", "Across 12 tests, Nettrix's X680 G55 ranked first in 5", subject="Nettrix", system="X680 G55", rank=1, count=5,
          total=12)]),
    ("Among all submitters, Inspur achieved the most first places, with 25.",
     [row("ranking", "the most first places, with 25", subject="Inspur", rank=1, count=25)]),
    ("NVIDIA took the most wins, with 18.", [row("ranking", "the most wins, with 18", subject="NVIDIA", rank=1, count=18)]),
    ("Dell had the most submissions, with 200 results.",
     [row("participation", "with 200 results", subject="Dell", count=200, unit="results")]),  # the most of no rank
    ("The MLPerf Training v4.1 round includes over 155 results from 17 participating organizations.",
     [row("participation", "includes over 155 results", count=155, qualifier="over", unit="results", suite="training", version="4.1"),
      row("participation", "from 17 participating organizations", count=17, unit="submitters", suite="training", version="4.1")]),
    ("In total, 2,140 power results were submitted, up 30% from the prior round.",
     [row("participation", "2,140 power results were submitted", count=2140, unit="power results")]),
    ("The round drew submissions from a record 26 organizations.",
     [row("participation", "from a record 26 organizations", count=26, unit="submitters")]),
    ("Inspur submitted 30 results in the closed division and 10 of 12 in the open division.",
     [row("participation", "submitted 30 results", subject="Inspur", count=30, unit="results", division="closed")]),  # no rank to take
    ("Dell submitted 40 results, with 12 in the closed division.",
     [row("participation", "submitted 40 results", subject="Dell", count=40, unit="results")]),  # no ranking before: no part of one
    ("Untether AI achieved the highest performance per watt in the edge category for ResNet-50.",
     [row("ranking", "achieved the highest performance per watt in the edge category for ResNet-50", suite="inference", subject="Untether AI", rank=1,
          category="edge", model="resnet50")]),
    ("Google came out on top in three of the edge benchmarks.",
     [row("ranking", "on top in three of the edge benchmarks", subject="Google", rank=1, count=3, category="edge")]),
    ("Dell led with 12 wins, followed by Lenovo with 9 and HPE with 7.",
     [row("ranking", "12 wins", subject="Dell", rank=1, count=12), row("ranking", "followed by Lenovo with 9", subject="Lenovo", rank=1, count=9),
      row("ranking", "and HPE with 7", subject="HPE", rank=1, count=7)]),
    # no ranking before "and HPE with 7": no rank to take, and the systems each submitted are read instead
    ("Dell and HPE with 7 systems each were among the submitters.",
     [row("participation", "Dell and HPE with 7 systems", subject="Dell", count=7, unit="systems"),
      row("participation", "Dell and HPE with 7 systems", subject="HPE", count=7, unit="systems")]),
    ("Of the 25 first places in the closed division, Inspur won 13.",
     [row("ranking", "Of the 25 first places in the closed division, Inspur won 13", subject="Inspur", rank=1, count=13, total=25,
          division="closed")]),
    ("GPT-J: 10,323 tokens/s (offline), 9,812 tokens/s (server)",
     [row("score", "10,323 tokens/s", suite="inference", model="gpt-j", scenario="offline", value=10323.0, unit="tokens/s", metric="throughput"),
      row("score", "9,812 tokens/s", suite="inference", model="gpt-j", scenario="server", value=9812.0, unit="tokens/s", metric="throughput")]),
    ("The result: 1st place in 6 benchmarks and 2nd place in 4 more.",
     [row("ranking", "1st place in 6 benchmarks", rank=1, count=6), row("ranking", "and 2nd place in 4 more", rank=2, count=4)]),
]

TABLE += [
    ("Qualcomm delivered the lowest latency in 4 edge tests.",
     [row("ranking", "delivered the lowest latency in 4 edge tests", subject="Qualcomm", rank=1, count=4, category="edge")]),
]

TABLE += [
    ("Google trained ResNet-50 in 13.4 seconds.",
     [row("score", "trained ResNet-50 in 13.4 seconds", suite="training", subject="Google", model="resnet50", value=13.4, unit="seconds", metric="time_to_train")]),
]

TABLE += [
    (
        "Supermicro's SYS-821GE-TNHR system achieved the No. 1 result in 5 of 9 data center benchmarks.",
        [row("ranking", "No. 1 result in 5 of 9 data center benchmarks", subject="Supermicro", system="SYS-821GE-TNHR", rank=1, count=5,
             total=9, category="datacenter")],
    ),
]

TABLE += [
    ("Lenovo came out on top in 8 of 9 tests.", [row("ranking", "on top in 8 of 9 tests", subject="Lenovo", rank=1, count=8, total=9)]),
]

TABLE += [
    (
        "The company claimed the top spot in the Closed Division for BERT, DLRM and 3D-UNet.",
        [row("ranking", "claimed the top spot in the Closed Division for BERT, DLRM and 3D-UNet", rank=1, division="closed", model=m)
         for m in ("bert", "dlrm", "3d-unet")],
    ),
    (
        "NVIDIA ranked first on ResNet-50 and BERT-99.9.",
        [row("ranking", "ranked first on ResNet-50 and BERT-99.9", subject="NVIDIA", rank=1, model="resnet50"),
         row("ranking", "ranked first on ResNet-50 and BERT-99.9", subject="NVIDIA", rank=1, model="bert", accuracy=[99.9])],
    ),
]

TABLE += [
    (
        "MLPerf Training v3.1 results. Dell submitted 35 results, its largest training submission to date.",
        [row("participation", "submitted 35 results", subject="Dell", count=35, unit="results", suite="training", version="3.1")],
    ),
    (
        "The XE9680 achieved the fastest time to train on the RetinaNet benchmark among air-cooled systems, at 36.1 minutes.",
        [row("ranking", "achieved the fastest time to train on the RetinaNet", suite="training", subject="Dell", system="XE9680", rank=1, model="retinanet"),
         row("score", "RetinaNet benchmark among air-cooled systems, at 36.1 minutes", suite="training", subject="Dell", system="XE9680", model="retinanet", value=36.1,
             unit="minutes", metric="time_to_train")],
    ),
]

TABLE += [
    (
        "Lenovo achieved 22 number-one rankings in MLPerf Inference v4.1.",
        [row("ranking", "22 number-one rankings", subject="Lenovo", rank=1, count=22, suite="inference", version="4.1")],
    ),
    # a list item is no heading: the system named before it holds for each item
    ("The ASUS ESC N8-E11 took part in MLPerf Inference v4.1.\n\n- #1 on GPT-J in the Offline scenario\n\n- #1 on Mixtral 8x7B in the Server scenario",
     [row("ranking", "#1 on GPT-J", subject="ASUS", system="ESC N8-E11", rank=1, suite="inference", version="4.1", model="gpt-j", scenario="offline"),
      row("ranking", "#1 on Mixtral 8x7B", subject="ASUS", system="ESC N8-E11", rank=1, suite="inference", version="4.1", model="mixtral-8x7b",
          scenario="server")]),
    ("Lenovo achieved 34 total number one results across MLPerf Inference v3.1.",
     [row("ranking", "34 total number one results", subject="Lenovo", rank=1, count=34, suite="inference", version="3.1")]),
    # "the top performer" (an alias) ends inside "performers": the shorter alias "top performers" is read instead.
    ("Our systems were the top performers in 9 benchmarks, more than any other OEM.", [row("ranking", "top performers in 9 benchmarks", rank=1, count=9)]),
    (  # the commas of a list of benchmarks end no clause: the scenario after it is theirs
        "The Inspur NF5688M6 posted 1st place in BERT, ResNet and DLRM in the Server scenario.",
        [row("ranking", "posted 1st place in BERT, ResNet and DLRM", suite="inference", subject="Inspur", system="NF5688M6", rank=1, model=m, scenario="server")
         for m in ("bert", "resnet50", "dlrm")],
    ),
    (
        "We are proud to lead in 6 of the 9 workloads we submitted.",
        [row("ranking", "lead in 6 of the 9 workloads", rank=1, count=6, total=9),
         row("participation", "9 workloads we submitted", count=9, unit="benchmarks")],
    ),
    (  # a version where a run of rounds starts is no round: the claims around it keep the document's
        "MLPerf Inference v4.0 results. Supermicro has participated in MLPerf since v1.0, submitting results in 11 rounds. Supermicro won 5 tests.",
        [row("participation", "submitting results in 11 rounds", subject="Supermicro", count=11, unit="rounds"),
         row("ranking", "won 5 tests", subject="Supermicro", rank=1, count=5, suite="inference", version="4.0")],
    ),
    (  # nor is one a claim is compared with
        "MLPerf Inference v4.0 results. Compared with MLPerf Inference v3.1, Dell won 5 more tests than before. Dell won 12 tests in total.",
        [row("ranking", "won 12 tests", subject="Dell", rank=1, count=12, suite="inference", version="4.0")],
    ),
    (  # a software's version is no round
        "MLPerf Inference v4.0 results are out. NVIDIA used TensorRT-LLM v0.9 and won 5 tests.",
        [row("ranking", "won 5 tests", subject="NVIDIA", rank=1, count=5, suite="inference", version="4.0")],
    ),
    ("In v4.0, Dell won 6 tests.", [row("ranking", "won 6 tests", subject="Dell", rank=1, count=6, version="4.0")]),
    ("Highlights:\n\n- #1 in 3 of the 9 benchmarks among 8-GPU systems\n- Fastest time-to-train on Stable Diffusion: 42.1 minutes",
     [row("ranking", "#1 in 3 of the 9 benchmarks", rank=1, count=3, total=9, suite="training"),
      row("score", "time-to-train on Stable Diffusion: 42.1 minutes", suite="training", model="stable-diffusion", value=42.1, unit="minutes", metric="time_to_train")]),
    ("Intel Gaudi 2 was fastest on GPT-J among accelerators.", [row("ranking", "was fastest on GPT-J", system="Gaudi2", subject="Intel", rank=1, model="gpt-j")]),
    ("This is GIGABYTE's fourth consecutive MLPerf Training submission.",
     [row("participation", "fourth consecutive MLPerf Training submission", subject="GIGABYTE", count=4, suite="training", unit="rounds")]),
    (
        "Dell PowerEdge XE9680L achieved the highest performance among 8-GPU systems in 4 of 5 benchmarks.",
        [row("ranking", "achieved the highest performance among 8-GPU systems in 4 of 5 benchmarks", subject="Dell", system="PowerEdge XE9680L",
             rank=1, count=4, total=5)],
    ),
    ("Inspur ranked first among 8-GPU servers in 12 tasks.",
     [row("ranking", "ranked first among 8-GPU servers in 12 tasks", subject="Inspur", rank=1, count=12)]),
    (
        "Lambda, a first-time MLPerf Training submitter, posted results on 2 benchmarks.",
        [row("participation", "first-time MLPerf Training submitter", subject="Lambda", count=1, suite="training", unit="rounds"),
         row("participation", "results on 2 benchmarks", subject="Lambda", count=2, suite="training", unit="benchmarks")],
    ),
    # A product named without its maker gets its maker as subject; a part of another vendor's system steals nothing.
    ("Lenovo's SR670 V2 with four NVIDIA H100 GPUs placed first on ResNet-50.",
     [row("ranking", "placed first on ResNet-50", subject="Lenovo", system="SR670 V2", rank=1, model="resnet50")]),
    ("AMD Instinct MI300X delivered 21,028 tokens per second on Llama 2 70B.",
     [row("score", "21,028 tokens per second", suite="inference", subject="AMD", system="MI300X", model="llama2-70b", value=21028.0, unit="tokens/s",
          metric="throughput")]),
    ("The TPU v5e pods finished first in 3 tests.",
     [row("ranking", "finished first in 3 tests", subject="Google", system="TPU v5e", rank=1, count=3)]),
    ("CoreWeave ran the tests. On 64 B200 GPUs it trained BERT in 5.1 minutes.",  # a cloud keeps its claim on others' GPUs
     [row("score", "trained BERT in 5.1 minutes", suite="training", subject="CoreWeave", system="B200", model="bert", value=5.1, unit="minutes",
          metric="time_to_train")]),
    # GPUs a result ran on are its system where no other is named, and their maker is no subject of the sentence
    ("Oracle trained BERT in 3.1 minutes on 2,048 NVIDIA H100 GPUs. It was a record.",
     [row("score", "trained BERT in 3.1 minutes", suite="training", subject="Oracle", system="H100", model="bert", value=3.1,
          unit="minutes", metric="time_to_train"),
      row("ranking", "was a record", suite="training", subject="Oracle", system="H100", rank=1, model="bert")]),  # the model of earlier text
    # a suite word that describes a workload gives no claim its suite where the document names its round
    ("MLPerf Storage v1.0 results are out. For ML training workloads, DDN submitted 12 results.",
     [row("participation", "submitted 12 results", subject="DDN", count=12, suite="storage", version="1.0", unit="results")]),
    ("University of Florida submitted 7 results to MLPerf Training v5.1.",
     [row("participation", "submitted 7 results", subject="University of Florida", count=7, suite="training", version="5.1", unit="results")]),
    # a name that a training round gives to another benchmark
    ("In MLPerf Training v4.0, Dell trained Llama 2 70B in 25 minutes and Stable Diffusion in 40 minutes.",
     [row("score", "trained Llama 2 70B in 25 minutes", subject="Dell", suite="training", version="4.0", model="llama2-70b-lora", value=25.0,
          unit="minutes", metric="time_to_train"),
      row("score", "Stable Diffusion in 40 minutes", subject="Dell", suite="training", version="4.0", model="stable-diffusion", value=40.0,
          unit="minutes", metric="time_to_train")]),
    # numbers as summaries write them
    ("NVIDIA's data\u2011center results: DeepSeek R1 at ~420k tokens/s on 72× GB300.",
     [row("score", "~420k tokens/s", subject="NVIDIA", system="GB300", suite="inference", category="datacenter", model="deepseek-r1",
          qualifier="about", value=420000.0, unit="tokens/s", metric="throughput")]),
    # a product's debut is its maker's first round with that product, the product its system
    ("This is the first time that NVIDIA has submitted results on the GB200 NVL72.",
     [row("participation", "first time that NVIDIA has submitted", subject="NVIDIA", system="GB200", count=1, unit="rounds")]),
    ("NVIDIA submitted Blackwell results for the first time.",
     [row("participation", "submitted Blackwell results for the first time", subject="NVIDIA", system="Blackwell", count=1, unit="rounds")]),
    ("NVIDIA submitted its Blackwell platform for the first time.",
     [row("participation", "submitted its Blackwell platform for the first time", subject="NVIDIA", system="Blackwell", count=1,
          unit="rounds")]),
    ("Nvidia's Grace Hopper superchip made its debut in this round of MLPerf Inference.",
     [row("participation", "made its debut", subject="NVIDIA", system="GH200", count=1, unit="rounds", suite="inference")]),
    ("Intel submitted results for Xeon 5 and, for the first time, its Gaudi 3 accelerators.",
     [row("participation", "for the first time, its Gaudi 3", subject="Intel", system="Gaudi3", count=1, unit="rounds")]),
    # newcomers, each its own first round
    ("New submitters this round included Biren, Moffett AI and Sapeon.",
     [row("participation", "New submitters", subject=s, count=1, unit="rounds") for s in ("Biren", "Moffett AI", "SAPEON")]),
    ("Dell was a new submitter to MLPerf HPC.",
     [row("participation", "new submitter", subject="Dell", count=1, unit="rounds", suite="hpc")]),
    # a round's size said plainly, and earlier rounds' for comparison
    ("There were 25 submitting organizations, up from 21 last fall and 19 last spring.",
     [row("participation", "There were 25 submitting organizations", count=25, unit="submitters"),
      row("participation", "up from 21", count=21, unit="submitters"),
      row("participation", "and 19 last", count=19, unit="submitters")]),
    ("The round drew 17 organizations across 61 systems, using 9 different accelerators.",
     [row("participation", "drew 17 organizations", count=17, unit="submitters"),
      row("participation", "organizations across 61 systems", count=61, unit="systems"),
      row("participation", "using 9 different accelerators", count=9, unit="accelerators")]),
    # benchmarks entered or covered
    ("Lenovo focused on three benchmarks: BERT, ResNet-50 and RetinaNet.",
     [row("participation", "focused on three benchmarks", subject="Lenovo", count=3, unit="benchmarks")]),
    ("The university's submission covered all nine benchmarks of MLPerf Training.",
     [row("participation", "submission covered all nine benchmarks", count=9, total=9, unit="benchmarks", suite="training")]),
    # ranks with a scope but no count; a record needs none; a bare superlative is none (NEGATIVE)
    ("Qualcomm ranked second at 8.9 queries per watt.",
     [row("ranking", "ranked second", subject="Qualcomm", rank=2, suite="inference"),
      row("score", "8.9 queries per watt", subject="Qualcomm", value=8.9, unit="samples/J", metric="energy", suite="inference")]),
    ("Dell delivered the best performance in the edge category.",
     [row("ranking", "the best performance in the edge category", subject="Dell", rank=1, category="edge")]),
    ("HPE topped all of the data center tests.",
     [row("ranking", "topped all of the data center tests", subject="HPE", rank=1, category="datacenter")]),
    ("Google trained Minigo in 13.5 minutes, also a new record.",
     [row("score", "trained Minigo in 13.5 minutes", subject="Google", model="minigo", value=13.5, unit="minutes", metric="time_to_train",
          suite="training"),
      row("ranking", "a new record", subject="Google", rank=1, model="minigo", suite="training")]),
    ("AMD beat NVIDIA in two out of three tests.",
     [row("ranking", "beat NVIDIA in two out of three", subject="AMD", count=2, total=3)]),
    # times as people write them
    ("Training BERT takes 3.2 minutes on the IPU-POD64, against 3.9 minutes for DGX A100.",
     [row("score", "Training BERT takes 3.2 minutes", subject="Graphcore", system="IPU-POD64", model="bert", value=3.2, unit="minutes",
          metric="time_to_train", suite="training"),
      row("score", "3.9 minutes for DGX A100", subject="NVIDIA", system="DGX A100", model="bert", value=3.9, unit="minutes",
          metric="time_to_train", suite="training")]),
    # a system carried from earlier sentences is the last one named for the claim's own organisation
    ("Dell's PowerEdge XE9680 and Lenovo's SR675 V3 were tested. Lenovo placed first in 3 tests. Dell placed first in 2 tests.",
     [row("ranking", "placed first in 3 tests", subject="Lenovo", system="SR675 V3", rank=1, count=3),
      row("ranking", "placed first in 2 tests", subject="Dell", system="PowerEdge XE9680", rank=1, count=2)]),
    ("Qualcomm's Cloud AI 100 beat Nvidia's H100 on ResNet-50. Nvidia won 3 tests, and Qualcomm won 2 tests.",
     [row("ranking", "won 3 tests", subject="NVIDIA", system="H100", rank=1, count=3),
      row("ranking", "won 2 tests", subject="Qualcomm", system="Cloud AI 100", rank=1, count=2)]),
    # whose figure: the organisation beside it, even in a comparison
    ("Qualcomm's chips hit 227.4 server queries per watt versus 108.4 queries per watt for Nvidia.",
     [row("score", "227.4 server queries per watt", subject="Qualcomm", suite="inference", scenario="server", value=227.4, unit="samples/J",
          metric="energy"),
      row("score", "108.4 queries per watt", subject="NVIDIA", suite="inference", scenario="server", value=108.4, unit="samples/J",
          metric="energy")]),
    ("AMD reached 12,000 tokens per second, against Intel's 9,000 tokens per second.",
     [row("score", "12,000 tokens per second", subject="AMD", suite="inference", value=12000.0, unit="tokens/s", metric="throughput"),
      row("score", "9,000 tokens per second", subject="Intel", suite="inference", value=9000.0, unit="tokens/s", metric="throughput")]),
    # times said beside a model in apposition, or per cluster size
    ("MLPerf Training v4.0 results: Lambda trained GPT-3, the largest model, in 12.1 minutes.",
     [row("score", "trained GPT-3, the largest model, in 12.1 minutes", subject="Lambda", suite="training", version="4.0", model="gpt3",
          value=12.1, unit="minutes", metric="time_to_train")]),
    ("In MLPerf Training, Dell scaled well: 8.5 minutes on 1,024 GPUs and 15.2 minutes on 512 GPUs.",
     [row("score", "8.5 minutes on 1,024 GPUs", subject="Dell", suite="training", value=8.5, unit="minutes", metric="time_to_train"),
      row("score", "15.2 minutes on 512 GPUs", subject="Dell", suite="training", value=15.2, unit="minutes", metric="time_to_train")]),
    # a round's size as a number of something, and the rounds before
    ("The number of submitters rose to 23 this round from 21 last round.",
     [row("participation", "number of submitters rose to 23", count=23, unit="submitters"),
      row("participation", "from 21 last", count=21, unit="submitters")]),
    ("MLCommons said the round set new marks with nearly 5,300 performance results and 2,400 power measures.",
     [row("participation", "with nearly 5,300 performance results", count=5300, qualifier="about", unit="results"),
      row("participation", "and 2,400 power measures", count=2400, unit="power results")]),
    ("AMD Inc outperformed Intel Corp in three out of four tests.",
     [row("ranking", "outperformed Intel Corp in three out of four", subject="AMD", count=3, total=4)]),
    ("This round of MLPerf Training saw the debut of a new accelerator from Google, the TPU v5p.",
     [row("participation", "the debut of", subject="Google", system="TPU v5p", count=1, suite="training", unit="rounds")]),
    ("Graphcore posted 5.1 minutes on the IPU-POD64 in its open submission to MLPerf Training v1.1.",
     [row("score", "5.1 minutes on the IPU-POD64", subject="Graphcore", system="IPU-POD64", suite="training", version="1.1", division="open",
          value=5.1, unit="minutes", metric="time_to_train")]),
    ("This round of MLPerf Inference saw the debut of two new GPUs from NVIDIA: A10 and A30.",  # one first round per product
     [row("participation", "the debut of two new GPUs from NVIDIA: A10 and A30", subject="NVIDIA", system=s, count=1, suite="inference",
          unit="rounds") for s in ("A10", "A30")]),
    ("Its storage software scales to workloads with one million accelerators.", []),  # a cluster's size is no participation
    # the system of a claim's own clause before one of an earlier clause; the speaker's product is no part
    ("NVIDIA builds on our Turing GPUs, and delivered the highest performance in the edge category with our Jetson Xavier platform.",
     [row("ranking", "delivered the highest performance", subject="NVIDIA", system="Jetson Xavier", rank=1, category="edge")]),
    # a division said after the claim, in a clause of its own
    ("In MLPerf Training v1.1, the job took 5.78 minutes on the IPU-POD128, in our open submission.",
     [row("score", "5.78 minutes on the IPU-POD128", subject="Graphcore", system="IPU-POD128", suite="training", version="1.1", division="open", value=5.78,
          unit="minutes", metric="time_to_train")]),
    # submitting nothing is a participation of none
    ("Google made no submissions in the closed division of MLPerf Training v1.1.",
     [row("participation", "made no submissions", subject="Google", count=0, unit="submissions", division="closed", suite="training",
          version="1.1")]),
    ("Google did not submit to the closed division.",
     [row("participation", "did not submit", subject="Google", count=0, unit="submissions", division="closed")]),
    # benchmarks named in a list count themselves; one alone is no count
    ("Intel submitted Xeon 6 processors on ResNet50, RetinaNet, BERT and GPT-J.",
     [row("participation", "submitted Xeon 6 processors on ResNet50, RetinaNet, BERT and GPT-J", subject="Intel", system="Xeon 6", count=4,
          unit="benchmarks")]),
    ("Intel submitted results on BERT.", []),
    # a claim of every benchmark takes the "all N" its sentence states, of the same scope only
    ("NVIDIA swept all eight tests, and was the only company to make submissions for all tests.",
     [row("ranking", "swept all eight tests", subject="NVIDIA", rank=1, count=8, total=8),
      row("participation", "submissions for all tests", subject="NVIDIA", count=8, total=8, unit="benchmarks")]),
    ("NVIDIA swept all eight tests, and was the only company to make submissions for all data center tests.",
     [row("ranking", "swept all eight tests", subject="NVIDIA", rank=1, count=8, total=8),
      row("participation", "submissions for all data center tests", subject="NVIDIA", category="datacenter", unit="benchmarks")]),
    # records across the board beside a record of one benchmark are two claims
    ("In MLPerf Training v3.0, the H100 set records on all benchmarks, and its GPT-3 record fell to 11 minutes.",
     [row("ranking", "set records", subject="NVIDIA", system="H100", rank=1, suite="training", version="3.0"),
      row("score", "GPT-3 record fell to 11 minutes", subject="NVIDIA", system="H100", suite="training", version="3.0", model="gpt3",
          value=11.0, unit="minutes", metric="time_to_train")]),
    # a count its clause puts in an earlier round takes no version from the text's
    ("In MLPerf Inference v3.0 there were 25 submitting organizations, up from 21 last fall and 19 last spring.",
     [row("participation", "there were 25 submitting organizations", count=25, suite="inference", version="3.0", unit="submitters"),
      row("participation", "up from 21", count=21, suite="inference", unit="submitters"),
      row("participation", "and 19 last", count=19, suite="inference", unit="submitters")]),
    ("MLPerf Training v4.0 drew 21 submitters, up from 16 a year ago.",
     [row("participation", "drew 21 submitters", count=21, suite="training", version="4.0", unit="submitters"),
      row("participation", "up from 16", count=16, suite="training", unit="submitters")]),
    ("MLPerf Training v4.0 drew 21 submitters, up from 16 in v3.1 last year.",  # the earlier round's own version stands
     [row("participation", "drew 21 submitters", count=21, suite="training", version="4.0", unit="submitters"),
      row("participation", "up from 16", count=16, suite="training", version="3.1", unit="submitters")]),
    # "this year" in a claim's own clause is the round of the text, even after "so far"
    (("MLCommons released MLPerf HPC v3.0. Across all the rounds so far the field has been strong, but this year the number of "
      "submitters dipped to five."),
     [row("participation", "number of submitters dipped to five", count=5, suite="hpc", version="3.0", unit="submitters")]),
    ("MLCommons released MLPerf HPC v3.0. Across all the rounds so far, the number of submitters has reached 15.",
     [row("participation", "number of submitters has reached 15", count=15, unit="submitters")]),
    # a scenario written inside a unit ("server queries per watt") is the claim's scenario
    ("In MLPerf Inference v3.0, Qualcomm's chips hit 227.4 server queries per watt.",
     [row("score", "227.4 server queries per watt", subject="Qualcomm", suite="inference", version="3.0", scenario="server",
          value=227.4, unit="samples/J", metric="energy")]),
    ("Nettrix delivered 1,234 offline queries per watt on ResNet-50 in MLPerf Inference v2.1.",
     [row("score", "1,234 offline queries per watt", subject="Nettrix", suite="inference", version="2.1", model="resnet50",
          scenario="offline", value=1234.0, unit="samples/J", metric="energy")]),
    ("Nettrix delivered 1,234 queries per watt on ResNet-50 in MLPerf Inference v2.1.",  # none named
     [row("score", "1,234 queries per watt", subject="Nettrix", suite="inference", version="2.1", model="resnet50", value=1234.0,
          unit="samples/J", metric="energy")]),
    # organisations joined by a hyphen or a plus sign are one joint submitter
    ("In MLPerf Inference v4.0, Juniper Networks, Red Hat-Supermicro, and Wiwynn were first-time participants.",
     [row("participation", "Juniper Networks, Red Hat-Supermicro, and Wiwynn were first-time participants", subject=subject, count=1,
          suite="inference", version="4.0", unit="rounds") for subject in ("Juniper Networks", "Red Hat & Supermicro", "Wiwynn")]),
    ("NVIDIA+CoreWeave ranked first in 3 of 9 tests in MLPerf Training v5.0.",
     [row("ranking", "ranked first in 3 of 9 tests", subject="NVIDIA & CoreWeave", rank=1, count=3, total=9, suite="training",
          version="5.0")]),
    ("Intel-Habana ranked first in 3 of 9 tests.",  # two names of one organisation
     [row("ranking", "ranked first in 3 of 9 tests", subject="Intel", rank=1, count=3, total=9)]),
    ("Dell and Supermicro ranked first in 3 of 9 tests.",  # a list with spaces is two organisations, each its own claim or a pair
     [row("ranking", "Dell and Supermicro ranked first in 3 of 9 tests", subject="Dell & Supermicro", rank=1, count=3, total=9)]),
    # durations in hours, and in parts, are minutes or seconds in all
    ("In MLPerf Training v1.1, Google trained BERT in about 20 hours.",
     [row("score", "trained BERT in about 20 hours", subject="Google", qualifier="about", suite="training", version="1.1", model="bert",
          value=1200.0, unit="minutes", metric="time_to_train")]),
    ("In MLPerf Training v0.6, the TPU v3 Pod finished training in 1 minute and 12 seconds.",
     [row("score", "training in 1 minute", subject="Google", system="TPU v3 Pod", suite="training", version="0.6", value=72.0,
          unit="seconds", metric="time_to_train")]),
    ("In MLPerf Training v3.0, Dell trained GPT-3 in one hour and 5 minutes.",
     [row("score", "trained GPT-3 in one hour", subject="Dell", suite="training", version="3.0", model="gpt3", value=65.0, unit="minutes",
          metric="time_to_train")]),
    ("In MLPerf Training v2.0, NVIDIA trained BERT in 5 minutes, and ResNet in 12 seconds.",  # two times, not one in parts
     [row("score", "trained BERT in 5 minutes", subject="NVIDIA", suite="training", version="2.0", model="bert", value=5.0, unit="minutes",
          metric="time_to_train"),
      row("score", "ResNet in 12 seconds", subject="NVIDIA", suite="training", version="2.0", model="resnet50", value=12.0,
          unit="seconds", metric="time_to_train")]),
    # the records a sentence counts, named one by one in the sentence after it
    ("Dell posted the top result in three tests of MLPerf Inference v4.0. These were ResNet-50, RetinaNet and 3D-UNet.",
     [row("ranking", "top result in three tests", subject="Dell", rank=1, count=3, suite="inference", version="4.0"),
      row("ranking", "ResNet-50", subject="Dell", rank=1, suite="inference", version="4.0", model="resnet50"),
      row("ranking", "RetinaNet", subject="Dell", rank=1, suite="inference", version="4.0", model="retinanet"),
      row("ranking", "3D-UNet", subject="Dell", rank=1, suite="inference", version="4.0", model="3d-unet")]),
    ("In MLPerf Training v3.0, the H100 set 2 new records. The two benchmarks were GPT-3 and DLRM.",
     [row("ranking", "2 new records", subject="NVIDIA", system="H100", rank=1, count=2, suite="training", version="3.0"),
      row("ranking", "GPT-3", subject="NVIDIA", system="H100", rank=1, suite="training", version="3.0", model="gpt3"),
      row("ranking", "DLRM", subject="NVIDIA", system="H100", rank=1, suite="training", version="3.0", model="dlrm")]),
    # ...but not a list of something else, of another number of records, or of more benchmarks than were counted
    ("Dell posted the top result in three tests. The rest were ResNet-50 and BERT.",
     [row("ranking", "top result in three tests", subject="Dell", rank=1, count=3)]),
    ("Dell posted the top result in three tests. The 4 tests were ResNet-50 and BERT.",
     [row("ranking", "top result in three tests", subject="Dell", rank=1, count=3)]),
    ("Dell posted the top result in two tests. The tests were ResNet-50, BERT and DLRM.",
     [row("ranking", "top result in two tests", subject="Dell", rank=1, count=2)]),
    ("Dell posted the top result in two tests. Later, the tests were ResNet-50 and BERT.",
     [row("ranking", "top result in two tests", subject="Dell", rank=1, count=2)]),
]

NEGATIVE = [
    "Setting up the cluster took 2 hours and 15 minutes.",  # a duration, but no training time of a benchmark round
    "The benchmarks were ResNet-50 and BERT.",  # a list of benchmarks with no records counted before it
    "NVIDIA H100 GPUs set new records in the MLPerf Inference v3.0 benchmarks.",  # a record scoped only by its round
    "Graphcore improved by 24% since our first submission.",  # an earlier round, and a relative gain
    "The startup ranked first among 3 others in a customer survey.",  # compared with others, no tasks won
    "Our team took the top spot for customer service in 4 of 5 regions surveyed by Gartner.",  # a metric phrase needs tasks after it
    "Across 8 benchmarks, the TPU v5p was the fastest system.",
    "In total, the company earned 25 top-three finishes.",
    "It was the first time that the company won a benchmark.",  # a first win is no streak
    "MLPerf is one of the most important benchmarks.",
    "NVIDIA delivered 4 results that were later withdrawn.",  # "delivered" is how results perform, not a submission
    "The system has a maximum power consumption of 10,200 watts.",  # a specification, not a measured result
    "The company was founded in 1998 and ranked first in 2021.",
    "Lenovo placed in the top 5 in 12 benchmarks.",
    "NVIDIA's H100 is 4x faster than the A100.",
    "This is one of the best results we have seen.",
    "A first look at MLPerf Inference v3.0.",
    "Performance improved by 18% over the previous round.",
    "The company was founded in 2010 and has 3,000 employees.",
    "Inspur Comes Out on Top with Superior AI Performance in MLPerf Inference V1.1",
    "The round received praise from analysts.",
    "NVIDIA H100 GPUs were the fastest accelerators this year.",
    "Latency on ResNet-50 stayed between 10 and 20 ms.",
    "The result was a score of 679,915, the company said.",
    "The H100 SXM has a 700W TDP.",
    "The server can be deployed in 10 minutes.",
    "Google's TPU v5e delivered 2.7x higher performance per dollar.",
    "About Inspur Information: a leading provider of data center infrastructure, ranking among the world's top 3 server manufacturers.",
    "Supermicro ranked first in customer satisfaction for the third year in a row.",
    "This is the third year in a row that Supermicro ranked first in customer satisfaction.",
    "The report covers 3 vendors and 40 results.",  # "and 40 results" goes on from no participation
    "It ran 12 tests and 3 in Server.",  # "and 3 in Server" goes on from no score and no ranking
    "NVIDIA's revenue grew 101% to $13.5 billion in the second quarter.",
    "The H100 delivers 4 petaflops of AI performance and 3.35 TB/s of memory bandwidth.",
    "Intel will host its first AI summit on March 3 with 500 attendees.",
    "Lenovo shipped 10 million servers, more than any other vendor.",
    "NVIDIA posted record revenue for 3 quarters.",
    "Top 5 reasons to buy: 3 new servers ship in 2 weeks.",
    "Nettrix hopes to win 5 of the 8 tests next round.",
]

