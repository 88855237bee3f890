console.log('copydesk')
