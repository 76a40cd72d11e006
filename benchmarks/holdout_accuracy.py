"""Accuracy on packets laid out unlike the samples: the holdout generators write their packets into a
temporary folder and `sample_accuracy.py` scores them through `lossmit process`, as it scores the samples.

    python benchmarks/holdout_accuracy.py [-v]

The samples are a floor; these packets (servicers' own forms, portal printouts, other payroll and bank
layouts, hand-filled and faxed forms) say how the rules hold on layouts they were not written from.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATORS = ("holdout_packets.py", "holdout_packets_b.py", "holdout_packets_c.py", "holdout_packets_d.py",
              "holdout_packets_e.py", "holdout_packets_f.py", "holdout_packets_g.py", "holdout_packets_h.py",
              "holdout_packets_i.py", "holdout_packets_j.py", "holdout_packets_k.py", "holdout_packets_l.py",
              "holdout_packets_m.py", "holdout_packets_n.py", "holdout_packets_o.py",
              "holdout_packets_p.py", "holdout_packets_q.py", "holdout_packets_r.py", "holdout_packets_s.py",
              "holdout_packets_t.py", "holdout_packets_u.py", "holdout_packets_v.py", "holdout_packets_w.py",
              "holdout_packets_x.py", "holdout_packets_y.py", "holdout_packets_z.py", "holdout_packets_aa.py",
              "holdout_packets_ab.py", "holdout_packets_ac.py", "holdout_packets_ad.py",
              "holdout_packets_ae.py", "holdout_packets_af.py", "holdout_packets_ag.py", "holdout_packets_ah.py",
              "holdout_packets_ai.py", "holdout_packets_aj.py", "holdout_packets_ak.py", "holdout_packets_al.py",
              "holdout_packets_am.py", "holdout_packets_an.py", "holdout_packets_ao.py", "holdout_packets_ap.py",
              "holdout_packets_aq.py", "holdout_packets_ar.py", "holdout_packets_as.py", "holdout_packets_at.py",
              "holdout_packets_au.py", "holdout_packets_av.py", "holdout_packets_aw.py",
              "holdout_packets_ax.py", "holdout_packets_ay.py", "holdout_packets_az.py",
              "holdout_packets_ba.py", "holdout_packets_bb.py", "holdout_packets_bc.py",
              "holdout_packets_bd.py", "holdout_packets_be.py", "holdout_packets_bf.py",
              "holdout_packets_bg.py", "holdout_packets_bh.py", "holdout_packets_bi.py",
              "holdout_packets_bj.py", "holdout_packets_bk.py", "holdout_packets_bl.py",
              "holdout_packets_bm.py", "holdout_packets_bn.py", "holdout_packets_bo.py",
              "holdout_packets_bp.py", "holdout_packets_bq.py", "holdout_packets_br.py",
              "holdout_packets_bs.py", "holdout_packets_bt.py", "holdout_packets_bu.py",
              "holdout_packets_bv.py", "holdout_packets_bw.py", "holdout_packets_bx.py",
              "holdout_packets_by.py", "holdout_packets_bz.py", "holdout_packets_ca.py",
              "holdout_packets_cb.py", "holdout_packets_cc.py", "holdout_packets_cd.py",
              "holdout_packets_ce.py", "holdout_packets_cf.py", "holdout_packets_cg.py",
              "holdout_packets_ch.py", "holdout_packets_ci.py", "holdout_packets_cj.py",
              "holdout_packets_ck.py", "holdout_packets_cl.py", "holdout_packets_cm.py",
              "holdout_packets_cn.py", "holdout_packets_co.py", "holdout_packets_cp.py",
              "holdout_packets_cq.py", "holdout_packets_cr.py", "holdout_packets_cs.py")


def main() -> int:
    verbose = ["-v"] if "-v" in sys.argv[1:] else []
    failed = 0
    with tempfile.TemporaryDirectory(prefix="lossmit-holdout-") as root:
        for generator in GENERATORS:
            out = Path(root) / Path(generator).stem
            print(f"-- {generator}", flush=True)
            made = subprocess.run([sys.executable, str(HERE / generator), str(out)], check=False,
                                  capture_output=True, text=True)
            if made.returncode != 0:
                print(made.stdout + made.stderr)
                failed += 1
                continue
            scored = subprocess.run([sys.executable, str(HERE / "sample_accuracy.py"), "--samples", str(out),
                                     *verbose], check=False)
            failed += scored.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
