/**
 * A generated Chinese micro-drama script for benchmarks and size tests: `episodes` episodes of
 * `scenes` scenes, about 375 characters a scene (100 × 8 → about 300,000 characters), with 20
 * places and 12 people, the heading styles mixed. Deterministic.
 */
const PLACES = ['咖啡厅', '沈家 客厅', '陆氏集团 总裁办公室', '医院走廊', '天台', '街道', '地下车库', '宴会厅', '林家老宅', '出租屋',
  '酒店房间', '会议室', '公园', '机场大厅', '警察局', '学校门口', '海边', '车内', '餐厅包间', '商场']
const PEOPLE = ['林夏', '陆乘', '沈母', '助理小王', '苏晴', '顾总', '林父', '医生', '保安', '秘书', '司机', '服务员']
const TIMES = ['日', '夜', '晨', '黄昏', '下午', '深夜']
const ACTION = '她站在门口，手里攥着那份文件，迟迟没有推门进去，走廊尽头传来脚步声。'
const LINES = ['你终于来了，我等你很久了。', '这件事我不会就这么算了！', '你到底想要什么？', '当年的事，我都想起来了。', '别走，听我解释。']

export function generateScript(episodes = 100, scenes = 8): string {
  const out: string[] = ['《重生之豪门千金》', '']
  let k = 0
  for (let e = 1; e <= episodes; e++) {
    out.push(`第${e}集`, '')
    for (let s = 1; s <= scenes; s++, k++) {
      const place = PLACES[(k * 7) % PLACES.length]!
      const time = TIMES[k % TIMES.length]!
      const setting = k % 5 === 0 ? '外' : '内'
      out.push(k % 3 === 0 ? `${e}-${s} ${time} ${setting} ${place}` : k % 3 === 1 ? `${e}-${s}，${setting}，${place}，${time}` : `第${s}场 ${time} ${setting} ${place}`)
      const cast = [PEOPLE[k % PEOPLE.length]!, PEOPLE[(k + 5) % PEOPLE.length]!]
      out.push(`人物：${cast.join('、')}`)
      out.push(`△${ACTION}`, `△${ACTION.slice(k % 10)}`)
      for (let d = 0; d < 16; d++) out.push(`${cast[d % 2]}${d % 4 === 3 ? '（哭）' : ''}：${LINES[(k + d) % LINES.length]}`)
      out.push(`△${ACTION.slice(0, 20 + (k % 15))}`)
      if (k % 4 === 0) out.push('【闪回】')
      out.push('')
    }
  }
  return out.join('\n')
}
